using System.Text;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Domain.Tests.Tilsynssager;

public sealed class BilagsreglerTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

    [Fact]
    public void A_small_pdf_is_accepted()
    {
        Bilagsregler.Kontroller("plan.pdf", "application/pdf", Pdf).Should().BeNull();
        Bilagsregler.Kontroller("PLAN.PDF", "Application/PDF; charset=binary", Pdf).Should().BeNull();
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Bilagsregler.Kontroller("plan.pdf", "application/pdf", []).Should().Be("Filen 'plan.pdf' er tom.");

    [Fact]
    public void A_file_over_10_MB_is_refused()
    {
        var stor = new byte[Bilagsregler.MaksStoerrelse + 1];
        Pdf.CopyTo(stor, 0);

        Bilagsregler.Kontroller("plan.pdf", "application/pdf", stor).Should().Be(
            "Filen 'plan.pdf' er for stor (10 MB). Den største tilladte størrelse er 10 MB.");
        Bilagsregler.Kontroller("plan.pdf", "application/pdf", stor.AsSpan(0, (int)Bilagsregler.MaksStoerrelse)).Should().BeNull();
    }

    [Theory]
    [InlineData("plan.docx", "application/pdf")]
    [InlineData("plan.pdf", "application/msword")]
    [InlineData("plan.pdf", null)]
    [InlineData("plan", "application/pdf")]
    public void A_file_not_named_and_typed_as_pdf_is_refused(string navn, string? contentType) =>
        Bilagsregler.Kontroller(navn, contentType, Pdf).Should().StartWith("Kun PDF-filer kan vedhæftes");

    [Fact]
    public void A_fake_pdf_with_the_right_name_and_type_but_other_bytes_is_refused()
    {
        var exe = Encoding.ASCII.GetBytes("MZ\x90\0 not a pdf at all");

        Bilagsregler.Kontroller("plan.pdf", "application/pdf", exe).Should().Be("Filen 'plan.pdf' hedder .pdf, men indholdet er ikke en PDF-fil.");
        Bilagsregler.Kontroller("plan.pdf", "application/pdf", " %PDF-1.4"u8).Should().NotBeNull("the signature must be the very first bytes");
    }

    [Fact]
    public void File_names_lose_folders_and_control_characters()
    {
        Bilagsregler.Filnavn("C:\\Users\\x\\plan.pdf").Should().Be("plan.pdf");
        Bilagsregler.Filnavn("../../etc/plan.pdf").Should().Be("plan.pdf");
        Bilagsregler.Filnavn("pl\nan.pdf").Should().Be("plan.pdf");
        Bilagsregler.Filnavn(new string('a', 300) + ".pdf").Should().HaveLength(200).And.EndWith(".pdf");
    }

    [Theory]
    [InlineData("plan\u202Efdp.exe", "planfdp.exe")]   // right-to-left override: would show as "planexe.pdf"
    [InlineData("\u200Bplan\u200D.pdf\uFEFF", "plan.pdf")] // zero-width space, joiner, byte order mark
    [InlineData("rapport\u2066\u2069.pdf", "rapport.pdf")] // isolates
    [InlineData("Genopretningsplan æøå.pdf", "Genopretningsplan æøå.pdf")]
    public void File_names_lose_invisible_format_characters(string navn, string forventet)
    {
        Bilagsregler.Filnavn(navn).Should().Be(forventet);
        Bilagsregler.Kontroller(navn, "application/pdf", "%PDF-1.4"u8).Should().Be(
            forventet.EndsWith(".pdf", StringComparison.Ordinal) ? null : $"Kun PDF-filer kan vedhæftes, og '{forventet}' er ikke en PDF-fil.");
    }
}
