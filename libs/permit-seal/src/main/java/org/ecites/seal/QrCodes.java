package org.ecites.seal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The seal as a QR code, drawn and read with ZXing. Error correction level Q (25 %) survives the creases,
 * stains and stamps of a permit that travels with a shipment, as the EU DCC recommends for print.
 */
public final class QrCodes {

    private static final int QUIET_ZONE_MODULES = 4;

    private QrCodes() {
    }

    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit in a QR code: " + e.getMessage(), e);
        }
    }

    /** A PNG with each module drawn as a square of {@code modulePixels} pixels. */
    public static byte[] png(String text, int modulePixels) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(text, modulePixels), "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    public static BufferedImage image(String text, int modulePixels) {
        return MatrixToImageWriter.toBufferedImage(scaled(matrix(text), modulePixels));
    }

    /** An SVG with one path of unit squares, scaled by the viewer: sharp at any print size. */
    public static String svg(String text) {
        BitMatrix matrix = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * The text of the QR code found in an image (a scan, a photo, a rendered PDF page), if any. A page
     * with much text can hold shapes that look like finder patterns; then every candidate is tried.
     */
    public static Optional<String> read(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            try {
                return Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap, hints)).map(Result::getText)
                        .findFirst();
            } catch (NotFoundException notFound) {
                return Optional.empty();
            }
        }
    }

    private static BitMatrix scaled(BitMatrix matrix, int modulePixels) {
        BitMatrix scaled = new BitMatrix(matrix.getWidth() * modulePixels, matrix.getHeight() * modulePixels);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    scaled.setRegion(x * modulePixels, y * modulePixels, modulePixels, modulePixels);
                }
            }
        }
        return scaled;
    }
}
