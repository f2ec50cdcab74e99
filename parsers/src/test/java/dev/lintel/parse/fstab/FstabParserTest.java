package dev.lintel.parse.fstab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lintel.model.TextRange;
import dev.lintel.model.fstab.Fstab;
import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.model.fstab.MountOption;
import dev.lintel.parse.Parsed;
import org.junit.jupiter.api.Test;

class FstabParserTest {

  private static Fstab parse(String text) {
    Parsed<Fstab> p = FstabParser.parse(text);
    assertThat(p.problems()).isEmpty();
    assertThat(p.value()).isNotNull();
    return p.value();
  }

  private static TextRange r(int line, int sc, int ec) {
    return new TextRange(line, sc, line, ec);
  }

  @Test
  void emptyAndNullInput() {
    assertThat(parse("").entries()).isEmpty();
    assertThat(parse(null).comments()).isEmpty();
    assertThat(parse("\n\n  \t\n").entries()).isEmpty();
  }

  @Test
  void sixFieldsWithExactRanges() {
    Fstab f = parse("# root\nfs-1.efs.us-east-1.amazonaws.com:/ /mnt/efs nfs4 nfsvers=4.1,hard 0 0\n");
    assertThat(f.comments()).hasSize(1);
    assertThat(f.comments().get(0).text()).isEqualTo("# root");
    assertThat(f.comments().get(0).range()).isEqualTo(r(1, 1, 7));
    FstabEntry e = f.entries().get(0);
    assertThat(e.fields()).hasSize(6);
    assertThat(e.spec().text()).isEqualTo("fs-1.efs.us-east-1.amazonaws.com:/");
    assertThat(e.spec().range()).isEqualTo(r(2, 1, 35));
    assertThat(e.mountPoint().range()).isEqualTo(r(2, 36, 44));
    assertThat(e.type().text()).isEqualTo("nfs4");
    assertThat(e.optionsField().range()).isEqualTo(r(2, 50, 66));
    assertThat(e.freq().range()).isEqualTo(r(2, 67, 68));
    assertThat(e.passno().range()).isEqualTo(r(2, 69, 70));
    assertThat(e.range()).isEqualTo(r(2, 1, 70));
    assertThat(e.options()).extracting(MountOption::name).containsExactly("nfsvers", "hard");
    assertThat(e.option("nfsvers").value()).isEqualTo("4.1");
    assertThat(e.option("nfsvers").range()).isEqualTo(r(2, 50, 61));
    assertThat(e.option("hard").hasValue()).isFalse();
    assertThat(e.option("hard").range()).isEqualTo(r(2, 62, 66));
  }

  @Test
  void crlfTabsAndLeadingBlanks() {
    Fstab f = parse("a\tb\t nfs  defaults\r\n\r\n  x y efs tls 0 2\r\n");
    assertThat(f.entries()).hasSize(2);
    FstabEntry first = f.entries().get(0);
    assertThat(first.type().range()).isEqualTo(r(1, 6, 9));
    assertThat(first.optionsField().range()).isEqualTo(r(1, 11, 19));
    assertThat(first.range()).isEqualTo(r(1, 1, 19));
    assertThat(first.freq()).isNull();
    FstabEntry second = f.entries().get(1);
    assertThat(second.spec().range()).isEqualTo(r(3, 3, 4));
    assertThat(second.passno().text()).isEqualTo("2");
    assertThat(second.range()).isEqualTo(r(3, 1, 18));
  }

  @Test
  void loneCarriageReturnEndsALine() {
    Fstab f = parse("a b c\rd e f");
    assertThat(f.entries()).hasSize(2);
    assertThat(f.entries().get(1).spec().range()).isEqualTo(r(2, 1, 2));
  }

  @Test
  void bomIsNotCounted() {
    Fstab f = parse("\uFEFFdev /m ext4 ro 0 1\n");
    assertThat(f.entries().get(0).spec().range()).isEqualTo(r(1, 1, 4));
    assertThat(f.entries().get(0).mountPoint().range()).isEqualTo(r(1, 5, 7));
  }

  @Test
  void multiByteCharactersCountAsUtf16Units() {
    Fstab f = parse("# é\n/dev/日本 /mnt/𝄞x ext4 defaults 0 0\n");
    assertThat(f.comments().get(0).range()).isEqualTo(r(1, 1, 4));
    FstabEntry e = f.entries().get(0);
    assertThat(e.spec().range()).isEqualTo(r(2, 1, 8));
    // U+1D11E is two UTF-16 units
    assertThat(e.mountPoint().range()).isEqualTo(r(2, 9, 17));
    assertThat(e.type().range()).isEqualTo(r(2, 18, 22));
  }

  @Test
  void commentsAfterBlanksAndHashInsideFields() {
    Fstab f = parse("   # indented\n/a /b#c ext4 defaults 0 0\n");
    assertThat(f.comments().get(0).text()).isEqualTo("# indented");
    assertThat(f.comments().get(0).range()).isEqualTo(r(1, 4, 14));
    assertThat(f.entries().get(0).mountPoint().text()).isEqualTo("/b#c");
  }

  @Test
  void escapesAreDecodedButRangesCoverTheWrittenText() {
    Fstab f = parse("//srv/My\\040Share /mnt/a\\011b cifs user=John\\040Doe,ro 0 0");
    FstabEntry e = f.entries().get(0);
    assertThat(e.spec().text()).isEqualTo("//srv/My Share");
    assertThat(e.spec().range()).isEqualTo(r(1, 1, 18));
    assertThat(e.mountPoint().text()).isEqualTo("/mnt/a\tb");
    assertThat(e.mountPoint().range()).isEqualTo(r(1, 19, 30));
    assertThat(e.option("user").value()).isEqualTo("John Doe");
    assertThat(e.option("user").range()).isEqualTo(r(1, 36, 52));
  }

  @Test
  void optionSplitting() {
    FstabEntry e = parse("s /m nfs a=b=c,,x=,=v, 0 0").entries().get(0);
    assertThat(e.options()).extracting(MountOption::name).containsExactly("a", "", "x", "", "");
    assertThat(e.options()).extracting(MountOption::value).containsExactly("b=c", null, "", "v", null);
    // "a=b=c" at columns 10..14
    assertThat(e.options().get(0).range()).isEqualTo(r(1, 10, 15));
    // the empty item between ",," is reported on the comma that ends it
    assertThat(e.options().get(1).range()).isEqualTo(r(1, 16, 17));
    assertThat(e.options().get(2).hasValue()).isTrue();
    assertThat(e.options().get(3).range()).isEqualTo(r(1, 20, 22));
    // a trailing empty item is reported on the comma before it
    assertThat(e.options().get(4).range()).isEqualTo(r(1, 22, 23));
  }

  @Test
  void leadingCommaGivesAnEmptyItem() {
    FstabEntry e = parse("s /m nfs ,ro").entries().get(0);
    assertThat(e.options()).extracting(MountOption::name).containsExactly("", "ro");
    assertThat(e.options().get(0).range()).isEqualTo(r(1, 10, 11));
  }

  @Test
  void shortAndLongEntriesAreKept() {
    Fstab f = parse("onlyone\ntwo fields\n1 2 3 4 5 6 7\n");
    assertThat(f.entries()).extracting(en -> en.fields().size()).containsExactly(1, 2, 7);
    assertThat(f.entries().get(0).type()).isNull();
    assertThat(f.entries().get(0).typeName()).isEmpty();
    assertThat(f.entries().get(0).options()).isEmpty();
    assertThat(f.entries().get(2).fields().get(6).range()).isEqualTo(r(3, 13, 14));
  }
}
