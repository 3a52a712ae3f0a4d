using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;
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

    [Fact]
    public void One_bad_line_is_singular()
    {
        ImportVisning.Resultat(Resultat(ImportOutcome.Rejected, fejl: 1, linjer: 1))
            .Should().Be("samtaler.csv: afvist – 1 fejl i 1 linje. Intet fra filen er gemt.");
        ImportVisning.Resultat(Resultat(ImportOutcome.Rejected, fejl: 3, linjer: 2))
            .Should().Be("samtaler.csv: afvist – 3 fejl i 2 linjer. Intet fra filen er gemt.");
    }

    [Fact]
    public void A_computation_summary_is_singular_for_one_month_and_one_year()
    {
        ImportVisning.Beregnet(1, [], 1, TimeSpan.FromSeconds(0.5)).Should().Be("Beregnet 1 måned for 1 person på 0,5 s.");
        ImportVisning.Beregnet(12, [2025], 12_345, TimeSpan.FromSeconds(8)).Should().Be("Beregnet 12 måneder og år 2025 for 12.345 personer på 8,0 s.");
        ImportVisning.Beregnet(24, [2024, 2025], 2, TimeSpan.FromSeconds(8)).Should().Be("Beregnet 24 måneder og årene 2024, 2025 for 2 personer på 8,0 s.");
    }

    [Fact]
    public void The_default_computation_period_ends_at_the_last_month_with_data()
    {
        var december2026 = new Maaned(2026, 12);

        ImportVisning.Standardperiode(new Maaned(2022, 1), new Maaned(2025, 12), december2026)
            .Should().Be((new Maaned(2022, 1), new Maaned(2025, 12)));
        // At most 48 months, counted back from the last month with data.
        ImportVisning.Standardperiode(new Maaned(2015, 1), new Maaned(2025, 12), december2026)
            .Should().Be((new Maaned(2022, 1), new Maaned(2025, 12)));
        // Data dated in the future does not move the end past this month.
        ImportVisning.Standardperiode(new Maaned(2026, 1), new Maaned(2027, 3), december2026)
            .Should().Be((new Maaned(2026, 1), december2026));
        // Nothing imported: the twelve months before this one.
        ImportVisning.Standardperiode(null, null, december2026)
            .Should().Be((new Maaned(2025, 12), new Maaned(2026, 11)));
    }

    [Theory]
    [InlineData("required value is empty", "værdien mangler (feltet skal udfyldes)")]
    [InlineData("unparsable date: expected YYYY-MM-DD", "ugyldig dato: forventet ÅÅÅÅ-MM-DD")]
    [InlineData("unknown kommunekode (not one of the 98 official three-digit codes)", "ukendt kommunekode (ikke én af de 98 officielle tre-cifrede koder)")]
    [InlineData("wrong number of fields: 4, but the header has 5 (separator ';')", "forkert antal felter: 4, men overskriften har 5 (skilletegn ';')")]
    [InlineData("required column 'dato' is missing from the header (found: person_id, kommunekode)",
        "den påkrævede kolonne 'dato' mangler i overskriften (fundet: person_id, kommunekode)")]
    [InlineData("unknown ydelsesgruppe code (known: dagpenge, kontanthjaelp)", "ukendt kode for ydelsesgruppe (kendte: dagpenge, kontanthjaelp)")]
    [InlineData("aar 2025, kommunekode 101, variabel andel is already stored with the value 0.5 from an earlier import; import in replace mode to replace that year",
        "aar 2025, kommunekode 101, variabel andel er allerede gemt med værdien 0.5 fra en tidligere import; importér med \"Erstat tidligere data\" for at erstatte det år")]
    [InlineData("something new the page does not know", "something new the page does not know")]
    public void Error_reasons_read_in_Danish(string aarsag, string dansk)
    {
        Importaarsager.Dansk(aarsag).Should().Be(dansk);
    }

    private static ImportResult Resultat(ImportOutcome udfald, long fejl = 1234, long linjer = 1000) => new()
    {
        FileName = "samtaler.csv", Kind = ImportKind.Samtaler, Mode = ImportMode.Append, Outcome = udfald, Sha256 = new string('a', 64),
        RowsRead = 2_000_000, RowsInserted = 1_999_990, DuplicatesSkipped = 10, ErrorCount = fejl, InvalidRowCount = linjer,
        Elapsed = TimeSpan.FromSeconds(8), Message = "",
    };
}
