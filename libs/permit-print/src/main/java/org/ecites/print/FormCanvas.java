package org.ecites.print;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws the form's boxes on A4 pages with PDFBox: rows of bordered cells, each a small label over its
 * value, wrapped to the cell and continued on a new page when the page is full. The font is the
 * Liberation Sans that PDFBox ships, embedded, so that names in any Latin, Greek or Cyrillic script print.
 */
final class FormCanvas implements AutoCloseable {

    static final float MARGIN = 36;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float LABEL_SIZE = 6.5f;
    private static final float VALUE_SIZE = 9f;
    private static final float LEADING = 1.25f;
    private static final float PADDING = 3;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;

    FormCanvas(PDDocument document) {
        this.document = document;
        try (InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
            this.font = PDType0Font.load(document, ttf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    /** A cell: its label, its value and its share of the page width; a QR code is drawn under the label. */
    record Cell(String label, String value, float share, float minHeight, BitMatrix qr) {

        static Cell of(String label, String value, float share) {
            return new Cell(label, value, share, 0, null);
        }
    }

    void centered(String text, float size) {
        List<String> lines = wrap(printable(text), size, WIDTH);
        ensureRoom(lines.size() * size * LEADING);
        for (String line : lines) {
            y -= size * LEADING;
            write(line, MARGIN + (WIDTH - width(line, size)) / 2, y, size);
        }
        y -= PADDING;
    }

    void row(Cell... cells) {
        float height = 0;
        List<List<String>> values = new ArrayList<>();
        for (Cell cell : cells) {
            List<String> lines = wrap(printable(cell.value() == null ? "" : cell.value()), VALUE_SIZE,
                    cell.share() * WIDTH - 2 * PADDING);
            values.add(lines);
            float needed = labelHeight(cell) + lines.size() * VALUE_SIZE * LEADING + 2 * PADDING;
            height = Math.max(height, Math.max(needed, cell.minHeight()));
        }
        ensureRoom(height);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            draw(cells[i], values.get(i), x, height);
            x += cells[i].share() * WIDTH;
        }
        y -= height;
    }

    private void draw(Cell cell, List<String> lines, float x, float height) {
        float cellWidth = cell.share() * WIDTH;
        try {
            content.setLineWidth(0.5f);
            content.addRect(x, y - height, cellWidth, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float line = y - PADDING;
        for (String label : wrap(printable(cell.label()), LABEL_SIZE, cellWidth - 2 * PADDING)) {
            line -= LABEL_SIZE * LEADING;
            write(label, x + PADDING, line, LABEL_SIZE);
        }
        for (String value : lines) {
            line -= VALUE_SIZE * LEADING;
            write(value, x + PADDING, line, VALUE_SIZE);
        }
        if (cell.qr() != null) {
            float size = Math.min(cellWidth, line - (y - height)) - 2 * PADDING;
            drawQr(cell.qr(), x + (cellWidth - size) / 2, y - height + PADDING, size);
        }
    }

    /** The QR code as vector squares: sharp at any print resolution. */
    private void drawQr(BitMatrix matrix, float left, float bottom, float size) {
        float module = size / matrix.getWidth();
        try {
            content.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        content.addRect(left + column * module, bottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float labelHeight(Cell cell) {
        return wrap(printable(cell.label()), LABEL_SIZE, cell.share() * WIDTH - 2 * PADDING).size()
                * LABEL_SIZE * LEADING;
    }

    private void write(String text, float x, float baseline, float size) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline + size * 0.2f);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot draw replaced by '?': a name never breaks the PDF. */
    private String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException e) {
                printable.append(codePoint == '\n' ? "\n" : "?");
            }
        });
        return printable.toString();
    }

    private void ensureRoom(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last page; call before saving the document. */
    @Override
    public void close() {
        if (content == null) {
            return;
        }
        try {
            content.close();
            content = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
