package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Document;

class InputReaderTest {
  private final InputReader reader = new InputReader(InputReader.DEFAULT_MAX_DOCUMENT_BYTES, LocalDate.of(2016, 12, 27));
  private final List<Document> documents = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final InputReader.Sink sink = new InputReader.Sink() {
    @Override
    public void document(Document document) {
      documents.add(document);
    }

    @Override
    public void skipped(String where, String why) {
      skipped.add(where + ": " + why);
    }
  };

  private void read(byte[] bytes, String name) throws Exception {
    reader.read(new ByteArrayInputStream(bytes), name, bytes.length, InputFormat.auto, sink);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void emptyInputIsRefused() {
    InputException e = assertThrows(InputException.class, () -> read(new byte[0], "empty.txt"));
    assertTrue(e.getMessage().contains("empty"));
    e = assertThrows(InputException.class, () -> read(" \n\t ".getBytes(StandardCharsets.UTF_8), "blank.txt"));
    assertTrue(e.getMessage().contains("empty"));
  }

  @Test
  void binaryInputIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    InputException e = assertThrows(InputException.class, () -> read(png, "image.txt"));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void invalidUtf8ReportsTheByteOffset() {
    byte[] bytes = concat("مصر ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28});
    InputException e = assertThrows(InputException.class, () -> read(bytes, "bad.txt"));
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte offset 7"), e.getMessage());
  }

  @Test
  void byteOrderMarksAreAccepted() throws Exception {
    read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "مصر".getBytes(StandardCharsets.UTF_8)), "a.txt");
    read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "روسيا".getBytes(StandardCharsets.UTF_16LE)), "b.txt");
    read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "قطر".getBytes(StandardCharsets.UTF_16BE)), "c.txt");
    assertEquals(List.of("مصر", "روسيا", "قطر"), documents.stream().map(Document::text).toList());
  }

  @Test
  void hugeInputIsRefusedWithoutBeingRead(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(200L * 1024 * 1024); // sparse: costs no disk
    }
    try (InputStream in = Files.newInputStream(huge)) {
      InputException e = assertThrows(InputException.class,
          () -> reader.read(in, "huge.txt", Files.size(huge), InputFormat.auto, sink));
      assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }
  }

  @Test
  void aStreamLargerThanTheLimitIsCutOffWithAMessage() {
    InputReader small = new InputReader(1000, null);
    byte[] bytes = "مصر ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class,
        () -> small.read(new ByteArrayInputStream(bytes), "stdin", -1, InputFormat.text, sink));
    assertTrue(e.getMessage().contains("more than"), e.getMessage());
  }

  @Test
  void metadataKeepsTheOrderOfTheLine() throws Exception {
    read("{\"id\":\"a\",\"text\":\"وصل الوفد\",\"title\":\"t\",\"category\":\"c\",\"author\":\"x\",\"section\":\"s\"}\n"
        .getBytes(StandardCharsets.UTF_8), "feed.jsonl");
    assertEquals(List.of("title", "category", "author", "section"), List.copyOf(documents.get(0).metadata().keySet()),
        "the same output on every run");
  }

  @Test
  void jsonLinesSkipBrokenLinesWithTheirNumber() throws Exception {
    String jsonl = "{\"id\":\"a\",\"text\":\"وصل الوفد\",\"date\":\"2018-02-01T10:00:00\",\"source\":\"bbc\"}\n"
        + "{\"id\":\"b\",\"text\": broken\n"
        + "\n"
        + "{\"id\":\"c\",\"text\":\"غادر الوفد\",\"url\":\"http://x\",\"category\":\"sport\"}\n"
        + "[1,2]\n"
        + "{\"id\":\"d\"}\n";
    read(jsonl.getBytes(StandardCharsets.UTF_8), "feed.jsonl");
    assertEquals(List.of("a", "c"), documents.stream().map(Document::id).toList());
    assertEquals(LocalDate.of(2018, 2, 1), documents.get(0).date());
    assertEquals("bbc", documents.get(0).source());
    assertEquals(LocalDate.of(2016, 12, 27), documents.get(1).date(), "the default date fills in");
    assertEquals("sport", documents.get(1).metadata().get("category"));
    assertEquals(3, skipped.size());
    assertTrue(skipped.get(0).startsWith("feed.jsonl:2: not valid JSON"), skipped.get(0));
    assertTrue(skipped.get(1).startsWith("feed.jsonl:5: not a JSON object"), skipped.get(1));
    assertTrue(skipped.get(2).startsWith("feed.jsonl:6: no \"text\""), skipped.get(2));
  }

  @Test
  void overLongJsonLinesAreSkippedNotRead() throws Exception {
    InputReader small = new InputReader(100, null);
    String jsonl = "{\"text\":\"" + "م".repeat(200) + "\"}\n{\"text\":\"مصر\"}\n";
    byte[] bytes = jsonl.getBytes(StandardCharsets.UTF_8);
    small.read(new ByteArrayInputStream(bytes), "big.jsonl", bytes.length, InputFormat.auto, sink);
    assertEquals(List.of("مصر"), documents.stream().map(Document::text).toList());
    assertTrue(skipped.get(0).startsWith("big.jsonl:1: input is 411 bytes, over the limit of 100"), skipped.get(0));
  }

  @Test
  void jsonLinesWithInvalidUtf8OnOneLine() throws Exception {
    byte[] bytes = concat(concat("{\"text\":\"مصر\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xFF}), "\"}\n".getBytes(StandardCharsets.UTF_8));
    read(bytes, "x.jsonl");
    assertEquals(1, documents.size());
    assertEquals("x.jsonl:1", documents.get(0).id());
    assertTrue(skipped.get(0).startsWith("x.jsonl:2: invalid UTF-8 at byte offset 9"), skipped.get(0));
  }

  @Test
  void htmlGivesTheArticleText() throws Exception {
    String html = "<html><head><title>عنوان الخبر</title><script>var x = 'لا';</script></head><body>"
        + "<nav><a>الرئيسية</a><a>رياضة</a></nav><div class=\"share-bar\">شارك</div>"
        + "<article><h1>وصل الوفد</h1><p>وصل الوفد المصري إلى موسكو اليوم في زيارة تستغرق ثلاثة أيام يلتقي خلالها عددا من المسؤولين الروس لبحث التعاون."
        + "<p>وقال مصدر إن الزيارة ستتناول ملفات الطاقة والنقل والسياحة والتجارة بين البلدين في ظل تحسن العلاقات بينهما خلال الفترة الأخيرة"
        + "</article><footer>جميع الحقوق محفوظة</footer></body></html>";
    read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    Document doc = documents.get(0);
    assertEquals("عنوان الخبر", doc.metadata().get("title"));
    assertTrue(doc.text().startsWith("وصل الوفد\nوصل الوفد المصري"), doc.text());
    assertTrue(doc.text().contains("\nوقال مصدر"));
    for (String boilerplate : List.of("الرئيسية", "شارك", "محفوظة", "var")) {
      assertTrue(!doc.text().contains(boilerplate), boilerplate + " should be dropped");
    }
  }

  @Test
  void formatIsSniffedWhenTheNameSaysNothing() throws Exception {
    read("{\"text\":\"مصر\"}\n".getBytes(StandardCharsets.UTF_8), "stdin");
    read("<!DOCTYPE html><html><body><p>روسيا</p></body></html>".getBytes(StandardCharsets.UTF_8), "stdin");
    read("مصر وروسيا".getBytes(StandardCharsets.UTF_8), "stdin");
    assertEquals(List.of("مصر", "روسيا", "مصر وروسيا"), documents.stream().map(Document::text).toList());
  }
}
