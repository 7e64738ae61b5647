package org.ecites.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** POI, which writes the workbook, logs through the Log4j API; its messages belong in the service's log. */
class PoiLoggingTest {

    @Test
    void poiLogsThroughTheServicesLogManager() {
        assertThat(LogManager.getContext(SXSSFWorkbook.class.getClassLoader(), false).getClass().getName())
                .as("without a provider in the service, Log4j drops POI's messages and prints an error line")
                .startsWith("org.jboss.logmanager.");
    }
}
