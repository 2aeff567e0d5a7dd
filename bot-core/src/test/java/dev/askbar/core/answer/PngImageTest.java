package dev.askbar.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImageTest {

    @Test
    void everyPixelReadsBackAsWrittenThroughImageIo() throws Exception {
        for (int type :
                new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage image = new BufferedImage(37, 11, type);
            Random random = new Random(type);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
                }
            }
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngImage.encode(image)));
            assertThat(read.getWidth()).isEqualTo(37);
            assertThat(read.getHeight()).isEqualTo(11);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    assertThat(read.getRGB(x, y) & 0xFFFFFF)
                            .as("type %d pixel %d,%d", type, x, y)
                            .isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }
}
