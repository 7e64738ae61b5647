package org.ecites.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final Instant NOW = TrustedParties.NOW;
    private final TrustedParties world = new TrustedParties();
    private final String seal = world.swiss.sealAt("CH26-000042", NOW);

    @Test
    void aPngOfTheSealDecodesToTheSameSealWhichVerifies() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(seal, 4)));

        String scanned = QrCodes.read(image).orElseThrow();

        assertThat(scanned).isEqualTo(seal);
        Verdict verdict = new SealVerifier(world.trustList(NOW.plus(Duration.ofHours(1)))).verify(scanned, NOW);
        assertThat(verdict.code()).isEqualTo(VerdictCode.VALID);
        assertThat(verdict.permit().permitNumber()).isEqualTo("CH26-000042");
        assertThat(verdict.permit().lineItems()).extracting(SealSummary.Item::term).containsExactly("LIV", "CAV");
    }

    @Test
    void theSvgDrawsTheSameModulesAsThePng() {
        String svg = QrCodes.svg(seal);
        BitMatrix reference = QrCodes.matrix(seal);
        BitMatrix drawn = new BitMatrix(reference.getWidth(), reference.getHeight());
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            drawn.set(Integer.parseInt(square.group(1)), Integer.parseInt(square.group(2)));
        }

        assertThat(drawn).isEqualTo(reference);
        assertThat(QrCodes.read(upscale(drawn))).contains(seal);
    }

    @Test
    void aSealFitsAQrCodeSmallEnoughForTheFormsBox() {
        assertThat(seal.length()).isLessThan(600);
        assertThat(QrCodes.matrix(seal).getWidth()).isLessThanOrEqualTo(4 * 17 + 4 * 4 + 17 + 8);
    }

    @Test
    void anImageWithoutQrCodeHasNoText() {
        assertThat(QrCodes.read(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB))).isEmpty();
    }

    private static BufferedImage upscale(BitMatrix matrix) {
        BitMatrix scaled = new BitMatrix(matrix.getWidth() * 3, matrix.getHeight() * 3);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    scaled.setRegion(x * 3, y * 3, 3, 3);
                }
            }
        }
        return MatrixToImageWriter.toBufferedImage(scaled);
    }
}
