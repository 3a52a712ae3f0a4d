using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Components.Pages.Tilsynssager;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace JobcenterTilsyn.Web.Tests.Pages.Tilsynssager;

/// <summary>Drafts live in PostgreSQL: two <see cref="Sagskladder"/> here stand for two app instances on one database.</summary>
public sealed class SagskladderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly Ur _tid = new();

    private Sagskladder NyInstans() =>
        new(new SagskladdeStore(new PooledDbContextFactory<TilsynDbContext>(DbContextOptionsSetup.For(database.ConnectionString))), _tid);

    private static string Bruger() => $"chef.{Guid.NewGuid():N}@test.dk";

    [Fact]
    public async Task A_draft_saved_on_one_instance_comes_back_on_another_for_the_same_user_and_case_only()
    {
        var (bruger, anden) = (Bruger(), Bruger());
        var formular = new Handlingsformular { Tekst = new string('p', 40_000), Slutdato = "2026-06-30" };
        formular.TilfoejBilag(new NytBilag("plan.pdf", "application/pdf", "%PDF-1.4 a"u8.ToArray())).Should().BeNull();

        await NyInstans().GemAsync(bruger, 7, Sagshandlingstype.IndsendGenopretningsplan, formular);

        var andenInstans = NyInstans();
        var kladde = (await andenInstans.HentAsync(bruger, 7))!;
        kladde.Valgt.Should().Be(Sagshandlingstype.IndsendGenopretningsplan);
        kladde.Formular.Tekst.Should().HaveLength(40_000);
        kladde.Formular.Slutdato.Should().Be("2026-06-30");
        var bilag = kladde.Formular.Bilag.Should().ContainSingle().Subject;
        (bilag.Filnavn, bilag.ContentType).Should().Be(("plan.pdf", "application/pdf"));
        bilag.Indhold.Should().Equal("%PDF-1.4 a"u8.ToArray());
        (await andenInstans.HentAsync(bruger, 8)).Should().BeNull();
        (await andenInstans.HentAsync(anden, 7)).Should().BeNull("a draft is the own user's only");
    }

    [Fact]
    public async Task Typing_keeps_the_attachments_and_a_changed_attachment_list_replaces_them()
    {
        var bruger = Bruger();
        var kladder = NyInstans();
        var formular = new Handlingsformular { Tekst = "a" };
        formular.TilfoejBilag(new NytBilag("a.pdf", "application/pdf", "%PDF-1 a"u8.ToArray()));
        await kladder.GemAsync(bruger, 1, Sagshandlingstype.IndsendRedegoerelse, formular);

        formular.Tekst = "ab";
        await kladder.GemAsync(bruger, 1, Sagshandlingstype.IndsendRedegoerelse, formular);
        var efterTastning = (await NyInstans().HentAsync(bruger, 1))!;
        efterTastning.Formular.Tekst.Should().Be("ab");
        efterTastning.Formular.Bilag.Select(b => b.Filnavn).Should().Equal("a.pdf");

        formular.TilfoejBilag(new NytBilag("b.pdf", "application/pdf", "%PDF-1 b"u8.ToArray()));
        await kladder.GemAsync(bruger, 1, Sagshandlingstype.IndsendRedegoerelse, formular);
        (await NyInstans().HentAsync(bruger, 1))!.Formular.Bilag.Select(b => b.Filnavn).Should().Equal("a.pdf", "b.pdf");

        formular.Bilag.Clear();
        await kladder.GemAsync(bruger, 1, Sagshandlingstype.IndsendRedegoerelse, formular);
        (await NyInstans().HentAsync(bruger, 1))!.Formular.Bilag.Should().BeEmpty();
    }

    [Fact]
    public async Task A_draft_is_a_copy_so_two_open_pages_do_not_write_into_each_other()
    {
        var bruger = Bruger();
        var kladder = NyInstans();
        var formular = new Handlingsformular { Begrundelse = "Første" };
        await kladder.GemAsync(bruger, 1, Sagshandlingstype.Afslut, formular);

        formular.Begrundelse = "Ændret bagefter";
        var hentet = (await kladder.HentAsync(bruger, 1))!;
        hentet.Formular.Begrundelse = "Ændret i den hentede";

        (await kladder.HentAsync(bruger, 1))!.Formular.Begrundelse.Should().Be("Første");
    }

    [Fact]
    public async Task A_draft_goes_when_removed_or_after_its_lifetime()
    {
        var bruger = Bruger();
        var kladder = NyInstans();
        await kladder.GemAsync(bruger, 1, null, new Handlingsformular { Tekst = "x" });
        await kladder.GemAsync(bruger, 2, null, new Handlingsformular { Tekst = "y" });

        await kladder.FjernAsync(bruger, 1);
        (await kladder.HentAsync(bruger, 1)).Should().BeNull();
        (await kladder.HentAsync(bruger, 2)).Should().NotBeNull();

        _tid.Advance(Sagskladder.Levetid + TimeSpan.FromMinutes(1));
        (await kladder.HentAsync(bruger, 2)).Should().BeNull();
        await using var db = database.CreateContext();
        (await db.Set<SagskladdeEntity>().CountAsync(k => k.Bruger == bruger)).Should().Be(0, "expired drafts are deleted, not only hidden");
    }
}

/// <summary>A clock the test moves.</summary>
internal sealed class Ur : TimeProvider
{
    private DateTimeOffset _nu = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _nu;

    public void Advance(TimeSpan tid) => _nu += tid;
}
