using JobcenterTilsyn.Data.Reference;

namespace JobcenterTilsyn.Data.Tests.Generate;

public sealed class DemoDataKontraktTests(SmaaDemoData demo) : IClassFixture<SmaaDemoData>
{
    [Theory]
    [InlineData("ydelsesforloeb.csv")]
    [InlineData("indsatser.csv")]
    [InlineData("samtaler.csv")]
    [InlineData("rammevilkaar.csv")]
    public void Every_row_is_valid_per_the_data_contract(string fil)
    {
        KontraktTjek.Fil(Path.Combine(demo.Mappe, fil)).Should().BeEmpty();
    }

    [Fact]
    public void The_contract_checker_finds_bad_rows()
    {
        var sti = Path.Combine(demo.Mappe, "..", "jt-bad-" + Guid.NewGuid().ToString("N"), "ydelsesforloeb.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(sti)!);
        try
        {
            File.WriteAllText(sti, "person_id;kommunekode;ydelsesgruppe;startdato;slutdato\n"
                + "p1;101;dagpenge;2023-01-10;2023-01-09\n"     // slutdato before startdato
                + "p2;999;dagpenge;2023-01-10;\n"               // unknown kommune
                + "p3;101;pension;2023-01-10;\n"                // unknown code
                + "300222-1234;101;dagpenge;2023-02-30;\n"      // CPR with 30 Feb; bad date
                + "290223-1234;101;dagpenge;2023-01-10;\n"      // 29 Feb in a year not divisible by 4
                + "p6;101;dagpenge;2023-01-10\n");              // field missing
            KontraktTjek.Fil(sti).Should().HaveCount(7);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(sti)!, recursive: true);
        }
    }

    [Fact]
    public void All_98_kommuner_appear_in_every_file()
    {
        var alle = KommuneReferencedata.Kommuner.Select(k => k.Kommunekode).ToHashSet();
        alle.Should().HaveCount(98);
        demo.Data.Perioder.Select(p => p.Kommunekode).ToHashSet().Should().BeEquivalentTo(alle);
        demo.Data.Indsatser.Select(p => p.Kommunekode).ToHashSet().Should().BeEquivalentTo(alle);
        demo.Data.Samtaler.Select(p => p.Kommunekode).ToHashSet().Should().BeEquivalentTo(alle);
        demo.Data.Rammevilkaar.Select(p => p.Kommunekode).ToHashSet().Should().BeEquivalentTo(alle);
    }

    [Fact]
    public void The_small_set_has_a_few_thousand_persons_and_about_five_percent_written_with_cpr()
    {
        var personer = demo.Data.Perioder.Select(p => p.PersonId).Distinct().ToList();
        personer.Should().HaveCount(3_000);
        demo.Resultat.Personer.Should().Be(3_000);
        var cpr = personer.Count(DemoDatasaet.ErCprForm);
        cpr.Should().Be(demo.Resultat.CprPersoner).And.BeInRange(60, 300);
    }

    [Fact]
    public void Cpr_numbers_are_valid_and_both_shapes_occur_also_for_one_person()
    {
        var raa = File.ReadLines(Path.Combine(demo.Mappe, "ydelsesforloeb.csv")).Skip(1)
            .Concat(File.ReadLines(Path.Combine(demo.Mappe, "samtaler.csv")).Skip(1))
            .Select(l => l[..l.IndexOf(';')]).Where(DemoDatasaet.ErCprForm).ToList();

        raa.Should().OnlyContain(id => KontraktTjek.PersonIdFejl(id) == null);
        raa.Should().Contain(id => id.Length == 11).And.Contain(id => id.Length == 10);
        raa.GroupBy(DemoDatasaet.Person).Should().Contain(g => g.Select(id => id.Length).Distinct().Count() == 2,
            "some persons are written both with and without the dash");
    }
}
