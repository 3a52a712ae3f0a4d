using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

namespace JobcenterTilsyn.Web.Tests.Pages.Tilsynssager;

public sealed class SagskladderTests
{
    private readonly Ur _tid = new();

    [Fact]
    public void A_draft_comes_back_for_the_same_user_and_case_only()
    {
        var kladder = new Sagskladder(_tid);
        var formular = new Handlingsformular { Tekst = new string('p', 40_000) };
        formular.TilfoejBilag(new NytBilag("plan.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()));

        kladder.Gem("chef.101@test.dk", 7, Sagshandlingstype.IndsendGenopretningsplan, formular);

        var kladde = kladder.Hent("chef.101@test.dk", 7)!;
        kladde.Valgt.Should().Be(Sagshandlingstype.IndsendGenopretningsplan);
        kladde.Formular.Tekst.Should().HaveLength(40_000);
        kladde.Formular.Bilag.Should().ContainSingle().Which.Filnavn.Should().Be("plan.pdf");
        kladder.Hent("chef.101@test.dk", 8).Should().BeNull();
        kladder.Hent("chef.851@test.dk", 7).Should().BeNull("a draft is the own user's only");
    }

    [Fact]
    public void A_draft_is_a_copy_so_two_open_pages_do_not_write_into_each_other()
    {
        var kladder = new Sagskladder(_tid);
        var formular = new Handlingsformular { Begrundelse = "Første" };
        kladder.Gem("admin@test.dk", 1, Sagshandlingstype.Afslut, formular);

        formular.Begrundelse = "Ændret bagefter";
        var hentet = kladder.Hent("admin@test.dk", 1)!;
        hentet.Formular.Begrundelse = "Ændret i den hentede";

        kladder.Hent("admin@test.dk", 1)!.Formular.Begrundelse.Should().Be("Første");
    }

    [Fact]
    public void A_draft_goes_when_removed_or_after_its_lifetime()
    {
        var kladder = new Sagskladder(_tid);
        kladder.Gem("a@test.dk", 1, null, new Handlingsformular { Tekst = "x" });
        kladder.Gem("a@test.dk", 2, null, new Handlingsformular { Tekst = "y" });

        kladder.Fjern("a@test.dk", 1);
        _tid.Advance(Sagskladder.Levetid + TimeSpan.FromMinutes(1));

        kladder.Hent("a@test.dk", 1).Should().BeNull();
        kladder.Hent("a@test.dk", 2).Should().BeNull();
    }
}

/// <summary>A clock the test moves.</summary>
internal sealed class Ur : TimeProvider
{
    private DateTimeOffset _nu = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _nu;

    public void Advance(TimeSpan tid) => _nu += tid;
}
