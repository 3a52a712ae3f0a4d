using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Web.Components.Pages.Import;

namespace JobcenterTilsyn.Web.Tests.Pages;

public sealed class ImportVisningTests
{
    [Fact]
    public void A_rejected_file_says_nothing_was_stored()
    {
        var r = Resultat(ImportOutcome.Rejected);
        ImportVisning.Resultat(r).Should().Be("samtaler.csv: afvist – 1.234 fejl i 1.000 linjer. Intet fra filen er gemt.");
    }

    [Fact]
    public void An_imported_file_shows_danish_counts_and_speed()
    {
        ImportVisning.Resultat(Resultat(ImportOutcome.Succeeded)).Should()
            .Be("samtaler.csv: importeret – 2.000.000 rækker læst, 1.999.990 indsat, 10 dubletter sprunget over, 8,0 s (250.000 rækker/s).");
    }

    [Fact]
    public void Progress_is_a_percentage_of_the_bytes_when_the_size_is_known()
    {
        var p = new ImportProgress("samtaler.csv", ImportKind.Samtaler, ImportPhase.Reading, 250, 1000, 12_345, 0);
        ImportVisning.Procent(p).Should().Be(25);
        ImportVisning.Procent(p with { TotalBytes = null }).Should().BeNull();
        ImportVisning.Fremdrift(p).Should().Be("samtaler.csv: læser og kontrollerer – 12.345 rækker læst");
    }

    private static ImportResult Resultat(ImportOutcome udfald) => new()
    {
        FileName = "samtaler.csv", Kind = ImportKind.Samtaler, Mode = ImportMode.Append, Outcome = udfald, Sha256 = new string('a', 64),
        RowsRead = 2_000_000, RowsInserted = 1_999_990, DuplicatesSkipped = 10, ErrorCount = 1234, InvalidRowCount = 1000,
        Elapsed = TimeSpan.FromSeconds(8), Message = "",
    };
}
