using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Laesemodeller;

/// <summary>The overview's shared read model: one object per computation, month and kind of viewer.</summary>
public sealed class OverblikCacheTests(DemoResultatDatabase demo) : IClassFixture<DemoResultatDatabase>
{
    private static readonly Maaned December = new(2025, 12);

    private sealed class Fabrik(DemoResultatDatabase demo) : IDbContextFactory<TilsynDbContext>
    {
        public TilsynDbContext CreateDbContext() => demo.Database.CreateContext();
    }

    [Fact]
    public async Task Every_viewer_of_a_kind_shares_one_object_and_the_two_kinds_never_share()
    {
        var cache = new OverblikCache();
        var fabrik = new Fabrik(demo);

        var analytiker = await cache.HentAsync(fabrik, December, erAdministrator: false);
        var igen = await cache.HentAsync(fabrik, December, erAdministrator: false);
        var admin = await cache.HentAsync(fabrik, December, erAdministrator: true);

        igen.Should().BeSameAs(analytiker);
        admin.Should().NotBeSameAs(analytiker);
        // The shared objects hold exactly what a fresh read gives each kind: the analyst's through Diskretion.
        await using var db = demo.Database.CreateContext();
        analytiker.Raekker.Should().BeEquivalentTo((await OverblikReadModel.HentAsync(db, December, erAdministrator: false)).Raekker);
        admin.Raekker.Should().BeEquivalentTo((await OverblikReadModel.HentAsync(db, December, erAdministrator: true)).Raekker);
        analytiker.Raekker.SelectMany(r => new[] { r.A, r.B, r.C, r.D }).Should().Contain(t => t != null && t.Skjult,
            "the small demo set has figures over fewer than 5 persons, withheld from the analyst");
        admin.Raekker.SelectMany(r => new[] { r.A, r.B, r.C, r.D }).Should().NotContain(t => t != null && t.Skjult);
    }

    [Fact]
    public async Task A_finished_computation_replaces_the_shared_object_and_one_still_running_does_not()
    {
        var cache = new OverblikCache();
        var fabrik = new Fabrik(demo);
        var foer = await cache.HentAsync(fabrik, December, erAdministrator: false);

        await using var db = demo.Database.CreateContext();
        var koerende = new BeregningEntity { Art = "beregning", Omfang = "2025-12..2025-12", Startet = DateTimeOffset.UtcNow, StartetAf = "test" };
        db.Add(koerende);
        await db.SaveChangesAsync();
        (await cache.HentAsync(fabrik, December, erAdministrator: false)).Should().BeSameAs(foer, "a run that has not finished has stored nothing yet");

        koerende.Afsluttet = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        var efter = await cache.HentAsync(fabrik, December, erAdministrator: false);
        efter.Should().NotBeSameAs(foer);
        efter.Raekker.Should().BeEquivalentTo(foer.Raekker);
    }
}
