using System.Globalization;

namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>
/// What a case attachment may be: a PDF by every sign at once (the name ends in .pdf, the browser says
/// application/pdf, and the bytes start with <c>%PDF-</c>), not empty, at most <see cref="MaksStoerrelse"/>.
/// </summary>
public static class Bilagsregler
{
    public const long MaksStoerrelse = 10 * 1024 * 1024;
    public const int MaksAntalPrIndsendelse = 10;
    public const string PdfContentType = "application/pdf";

    private static readonly byte[] PdfSignatur = "%PDF-"u8.ToArray();

    /// <summary>The actions that may carry attachments: the municipality's two texts and a document received outside the system.</summary>
    public static bool TilladtVed(Sagshandlingstype handling) =>
        handling is Sagshandlingstype.IndsendRedegoerelse or Sagshandlingstype.IndsendGenopretningsplan or Sagshandlingstype.RegistrerEksterntDokument;

    /// <summary>Null when the file may be stored, else a Danish message naming the file.</summary>
    public static string? Kontroller(string filnavn, string? contentType, ReadOnlySpan<byte> indhold)
    {
        var navn = Filnavn(filnavn);
        if (indhold.Length == 0) return $"Filen '{navn}' er tom.";
        if (KontrollerStoerrelse(navn, indhold.Length) is { } forStor) return forStor;
        if (!navn.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || !ErPdfContentType(contentType))
            return $"Kun PDF-filer kan vedhæftes, og '{navn}' er ikke en PDF-fil.";
        if (!indhold.StartsWith(PdfSignatur))
            return $"Filen '{navn}' hedder .pdf, men indholdet er ikke en PDF-fil.";
        return null;
    }

    /// <summary>The size check alone, for a file not yet read (a browser upload states its size first).</summary>
    public static string? KontrollerStoerrelse(string filnavn, long stoerrelse) =>
        stoerrelse > MaksStoerrelse
            ? $"Filen '{Filnavn(filnavn)}' er for stor ({Megabyte(stoerrelse)} MB). Den største tilladte størrelse er {Megabyte(MaksStoerrelse)} MB."
            : null;

    /// <summary>
    /// The bare file name as shown and stored: no folders, no control characters, no invisible format characters
    /// (Unicode category Cf, e.g. U+202E right-to-left override, which can make "fdp.exe" look like "exe.pdf"),
    /// at most 200 characters.
    /// </summary>
    public static string Filnavn(string? filnavn)
    {
        var navn = Path.GetFileName((filnavn ?? "").Replace('\\', '/'));
        navn = new string(navn.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray()).Trim();
        if (navn.Length == 0) navn = "bilag.pdf";
        return navn.Length <= 200 ? navn : navn[..196] + navn[^4..];
    }

    private static bool ErPdfContentType(string? contentType) =>
        contentType is not null
        && string.Equals(contentType.Split(';')[0].Trim(), PdfContentType, StringComparison.OrdinalIgnoreCase);

    private static string Megabyte(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.GetCultureInfo("da-DK"));
}
