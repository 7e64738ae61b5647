package org.ecites.verifier;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ecites.seal.QrCodes;
import picocli.CommandLine.Option;

/** What is checked: a seal as text, a picture of the QR code or a printed permit as PDF; or a signed message. */
public class SealSource {

    /** Enough resolution for the form's QR code with room for a scanned, slightly skewed page. */
    private static final float PDF_DPI = 200;

    @Option(names = "--seal", description = "The QR code's text (CITES1:...).")
    String text;

    @Option(names = "--image", description = "A PNG or JPEG picture of the QR code.")
    Path image;

    @Option(names = "--pdf", description = "A printed permit; every page is searched for the QR code.")
    Path pdf;

    @Option(names = "--xml", description = "A signed CITESEPermit message, ours or a partner system's.")
    Path xml;

    String read() throws IOException {
        if (text != null) {
            return text.strip();
        }
        if (image != null) {
            BufferedImage picture = ImageIO.read(image.toFile());
            if (picture == null) {
                throw new IllegalArgumentException(image + " is not an image");
            }
            return QrCodes.read(picture).orElseThrow(() -> new IllegalArgumentException("no QR code in " + image));
        }
        return fromPdf();
    }

    private String fromPdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                Optional<String> seal = QrCodes.read(renderer.renderImageWithDPI(page, PDF_DPI));
                if (seal.isPresent()) {
                    return seal.get();
                }
            }
        }
        throw new IllegalArgumentException("no QR code on any page of " + pdf);
    }
}
