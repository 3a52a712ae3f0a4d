using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Domain.Udpegning;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static JobcenterTilsyn.Data.Tests.Tilsynssager.Sagsdata;

namespace JobcenterTilsyn.Data.Tests.Tilsynssager;

/// <summary>Cases against real PostgreSQL. Each test uses its own municipalities, as the database is shared by the class.</summary>
public sealed class TilsynssagLagerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Opening_needs_a_stored_designation_for_that_kommune_and_year()
    {
        await using var db = database.CreateContext();

        var r = await TilsynssagStore.AabnAsync(db, 147, 2025, "Begrundelse", Admin, Fristregler.Standard, Nu);

        r.Type.Should().Be(Sagsresultattype.Afvist);
        r.Besked.Should().Be("Der er ingen gemt udpegning for Frederiksberg (147) for 2025. Beregn udpegningen for året først.");
        (await TilsynssagStore.ListAsync(db, 147)).Should().BeEmpty();
    }

    [Fact]
    public async Task Only_an_administrator_opens_a_case()
    {
        await using var db = database.CreateContext();
        await GemUdpegningAsync(db, 151);

        var r = await TilsynssagStore.AabnAsync(db, 151, 2025, "Begrundelse", Chef(151), Fristregler.Standard, Nu);

        r.Besked.Should().Be("Kun en administrator kan åbne en tilsynssag.");
    }

    [Fact]
    public async Task Opening_copies_the_designation_and_writes_the_first_history_entry()
    {
        await using var db = database.CreateContext();
        var (id, _) = await AabenSagAsync(db, 153);

        var sag = (await TilsynssagStore.HentAsync(db, id))!;

        sag.Kommunenavn.Should().Be("Brøndby");
        sag.Sag.Tilstand.Should().Be(Sagstilstand.Aabnet);
        sag.Sag.Grundlag.Should().Be(new Sagsgrundlag(2025, Udpegningskategori.Udpeget, true, true, 95, 98, "OEVO-2024", Nu.AddDays(-30)));
        sag.Sag.RedegoerelseFrist.Should().Be(new DateOnly(2026, 3, 30));
        sag.Sag.PlanFrist.Should().Be(new DateOnly(2026, 4, 27));
        sag.Historik.Should().ContainSingle().Which.Haendelse.Should().BeEquivalentTo(new
        {
            Tidspunkt = Nu, Bruger = "admin@test.dk", Handling = Sagshandlingstype.Aabn, Fra = (Sagstilstand?)null, Til = Sagstilstand.Aabnet,
            Begrundelse = "Udpeget i 2025.",
        });
    }

    [Fact]
    public async Task A_kommune_has_at_most_one_open_case_and_may_get_a_new_one_once_it_is_closed()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 155);

        var igen = await TilsynssagStore.AabnAsync(db, 155, 2025, "Igen", Admin, Fristregler.Standard, Nu);
        igen.Besked.Should().Be("Der er allerede en åben tilsynssag for Dragør (155). En kommune kan kun have én åben sag ad gangen.");

        version = await UdfoerAsync(db, id, version, new IndsendRedegoerelse("R"), Chef(155));
        version = await UdfoerAsync(db, id, version, new IndsendGenopretningsplan("P"), Chef(155));
        version = await UdfoerAsync(db, id, version, new GodkendPlan("OK"), Admin);
        version = await UdfoerAsync(db, id, version, new RegistrerSagsgennemgang("Revision", "Alt", new DateOnly(2026, 3, 1), "Modtaget"), Admin);
        version = await UdfoerAsync(db, id, version, new StartGenopretning(new DateOnly(2026, 12, 31), "Start"), Admin);
        await UdfoerAsync(db, id, version, new Afslut("Genoprettet"), Admin);

        var ny = await TilsynssagStore.AabnAsync(db, 155, 2025, "Ny sag", Admin, Fristregler.Standard, Nu);
        ny.Udfoert.Should().BeTrue(ny.Besked);
        (await TilsynssagStore.ListAsync(db, 155)).Select(s => s.Sag.Tilstand).Should().Equal(Sagstilstand.Aabnet, Sagstilstand.Afsluttet);
    }

    [Fact]
    public async Task Two_administrators_opening_at_once_get_one_case_between_them()
    {
        await using (var db = database.CreateContext()) await GemUdpegningAsync(db, 157);

        var forsoeg = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await TilsynssagStore.AabnAsync(db, 157, 2025, "Samtidig", Admin, Fristregler.Standard, Nu);
        }));

        forsoeg.Count(r => r.Udfoert).Should().Be(1);
        await using var check = database.CreateContext();
        (await TilsynssagStore.ListAsync(check, 157)).Should().ContainSingle();
    }

    [Fact]
    public async Task The_open_case_query_lists_exactly_the_kommuner_with_an_open_case()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 159);
        await AabenSagAsync(db, 161);
        version = await UdfoerAsync(db, id, version, new IndsendRedegoerelse("R"), Chef(159));
        version = await UdfoerAsync(db, id, version, new IndsendGenopretningsplan("P"), Chef(159));
        version = await UdfoerAsync(db, id, version, new GodkendPlan("OK"), Admin);
        version = await UdfoerAsync(db, id, version, new RegistrerSagsgennemgang("Revision", "Alt", new DateOnly(2026, 3, 1), "Modtaget"), Admin);
        version = await UdfoerAsync(db, id, version, new StartGenopretning(new DateOnly(2026, 12, 31), "Start"), Admin);
        await UdfoerAsync(db, id, version, new Afslut("Slut"), Admin);

        var aabne = await TilsynssagStore.KommunerMedAabenSagAsync(db);

        aabne.Should().Contain(161).And.NotContain(159);
        (await JobcenterTilsyn.Data.Computation.AabneSager.KommunerAsync(db, default)).Should().BeEquivalentTo(aabne,
            "the designation's `forbedret` reads the open cases from the case store");
    }

    [Fact]
    public async Task A_second_writer_with_the_version_they_saw_gets_the_conflict_message_and_the_first_change_stays()
    {
        long id;
        uint version;
        await using (var db = database.CreateContext()) (id, version) = await AabenSagAsync(db, 163);

        // Two users opened the page at the same version; the first submits.
        await using (var foerste = database.CreateContext())
            await UdfoerAsync(foerste, id, version, new IndsendRedegoerelse("Den første"), Chef(163));
        await using var anden = database.CreateContext();
        var r = await TilsynssagStore.UdfoerAsync(anden, id, version, new IndsendRedegoerelse("Den anden"), Chef(163), [], Nu);

        r.Type.Should().Be(Sagsresultattype.Konflikt);
        r.Besked.Should().Be("Sagen er ændret af en anden bruger, siden du åbnede den. Genindlæs og prøv igen.");
        await using var check = database.CreateContext();
        var sag = (await TilsynssagStore.HentAsync(check, id))!;
        sag.Sag.Redegoerelse!.Tekst.Should().Be("Den første");
        sag.Historik.Should().HaveCount(2);
    }

    [Fact]
    public async Task When_two_writers_interleave_the_database_row_version_stops_the_second()
    {
        long id;
        uint version;
        await using (var db = database.CreateContext()) (id, version) = await AabenSagAsync(db, 165);

        // The second writer loads and checks the case, then the first commits just before the second saves.
        var interceptor = new FoerGemning(async () =>
        {
            await using var foerste = database.CreateContext();
            await UdfoerAsync(foerste, id, version, new IndsendRedegoerelse("Den første"), Chef(165));
        });
        var options = new DbContextOptionsBuilder<TilsynDbContext>();
        options.UseTilsynDatabase(database.ConnectionString).AddInterceptors(interceptor);
        await using var anden = new TilsynDbContext(options.Options);
        var r = await TilsynssagStore.UdfoerAsync(anden, id, version, new IndsendRedegoerelse("Den anden"), Chef(165), [new NytBilag("a.pdf", "application/pdf", Pdf)], Nu);

        interceptor.Koert.Should().BeTrue();
        r.Type.Should().Be(Sagsresultattype.Konflikt);
        await using var check = database.CreateContext();
        var sag = (await TilsynssagStore.HentAsync(check, id))!;
        sag.Sag.Redegoerelse!.Tekst.Should().Be("Den første");
        sag.Historik.Should().HaveCount(2, "the second writer's history entry was rolled back with its update");
        sag.Bilag.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_action_writes_nothing()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 167);

        var r = await TilsynssagStore.UdfoerAsync(db, id, version, new Afslut("For tidligt"), Admin, [], Nu);

        r.Type.Should().Be(Sagsresultattype.Afvist);
        r.Besked.Should().Be("Sagen kan ikke gå fra 'åbnet' til 'afsluttet'.");
        var sag = (await TilsynssagStore.HentAsync(db, id))!;
        sag.Version.Should().Be(version);
        sag.Historik.Should().ContainSingle();
    }

    [Fact]
    public async Task A_manager_cannot_act_on_another_kommunes_case()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 169);

        var r = await TilsynssagStore.UdfoerAsync(db, id, version, new IndsendRedegoerelse("Ikke min"), Chef(101), [], Nu);

        r.Besked.Should().Be("Du kan kun handle på din egen kommunes tilsynssag.");
    }

    [Fact]
    public async Task Attachments_are_stored_with_their_submission_and_listed_without_their_bytes()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 173);

        await UdfoerAsync(db, id, version, new IndsendRedegoerelse("Se bilag"), Chef(173),
            new NytBilag("C:\\docs\\redegoerelse.pdf", "application/pdf", Pdf), new NytBilag("bilag 2.PDF", "application/pdf", Pdf));

        var sag = (await TilsynssagStore.HentAsync(db, id))!;
        var post = sag.Historik[^1];
        post.Bilag.Select(b => b.Filnavn).Should().Equal("redegoerelse.pdf", "bilag 2.PDF");
        post.Bilag.Should().AllSatisfy(b => b.Stoerrelse.Should().Be(Pdf.Length));
        var fil = (await TilsynssagStore.HentBilagAsync(db, id, post.Bilag[0].Id))!;
        fil.Should().BeEquivalentTo(new { Kommunekode = (short)173, Filnavn = "redegoerelse.pdf", ContentType = "application/pdf" });
        fil.Indhold.Should().Equal(Pdf);
        (await TilsynssagStore.HentBilagAsync(db, id + 1000, post.Bilag[0].Id)).Should().BeNull("an attachment is only found under its own case");
    }

    // The content is named here and built in the test: xunit serialises theory data during discovery, and a 10 MB
    // byte[] there became strings of hundreds of MB, which took minutes and drove the test host past 7 GB.
    public static TheoryData<short, string, string?, string, string> UgyldigeBilag() => new()
    {
        { 175, "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "zip", "Kun PDF-filer kan vedhæftes, og 'plan.docx' er ikke en PDF-fil." },
        { 183, "plan.pdf", "application/pdf", "tom", "Filen 'plan.pdf' er tom." },
        { 185, "plan.pdf", "application/pdf", "exe", "Filen 'plan.pdf' hedder .pdf, men indholdet er ikke en PDF-fil." },
        { 187, "plan.pdf", "application/pdf", "pdf over 10 MB", "Filen 'plan.pdf' er for stor (10 MB). Den største tilladte størrelse er 10 MB." },
    };

    private static byte[] Indhold(string art) => art switch
    {
        "zip" => "PK\x03\x04"u8.ToArray(),
        "tom" => [],
        "exe" => "MZ not a pdf"u8.ToArray(),
        "pdf over 10 MB" => [.. "%PDF-"u8, .. new byte[10 * 1024 * 1024]],
        _ => throw new ArgumentOutOfRangeException(nameof(art), art, "No such test content."),
    };

    [Theory]
    [MemberData(nameof(UgyldigeBilag))]
    public async Task An_invalid_attachment_refuses_the_whole_submission(short kode, string navn, string? type, string indhold, string besked)
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, kode);

        var r = await TilsynssagStore.UdfoerAsync(db, id, version, new IndsendRedegoerelse("Tekst"), Chef(kode),
            [new NytBilag("ok.pdf", "application/pdf", Pdf), new NytBilag(navn, type, Indhold(indhold))], Nu);

        r.Type.Should().Be(Sagsresultattype.Afvist);
        r.Besked.Should().Be(besked);
        var sag = (await TilsynssagStore.HentAsync(db, id))!;
        sag.Sag.Tilstand.Should().Be(Sagstilstand.Aabnet);
        sag.Bilag.Should().BeEmpty();
    }

    [Fact]
    public async Task Attachments_only_come_with_the_municipalitys_submissions()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 190);
        version = await UdfoerAsync(db, id, version, new IndsendRedegoerelse("R"), Chef(190));
        version = await UdfoerAsync(db, id, version, new IndsendGenopretningsplan("P"), Chef(190));

        var r = await TilsynssagStore.UdfoerAsync(db, id, version, new GodkendPlan("OK"), Admin, [new NytBilag("a.pdf", "application/pdf", Pdf)], Nu);

        r.Besked.Should().Be("Bilag kan kun vedhæftes redegørelsen, genopretningsplanen og et dokument modtaget uden for systemet.");
    }

    [Fact]
    public async Task A_withdrawn_case_is_ended_and_the_kommune_may_get_a_new_one()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 250);

        await UdfoerAsync(db, id, version, new Tilbagekald("Åbnet ved en fejl."), Admin);

        var sag = (await TilsynssagStore.HentAsync(db, id))!;
        sag.Sag.Tilstand.Should().Be(Sagstilstand.Tilbagekaldt);
        sag.Sag.Afsluttet.Should().Be(Nu);
        sag.Historik[^1].Haendelse.Should().BeEquivalentTo(new
        {
            Handling = Sagshandlingstype.Tilbagekald, Fra = (Sagstilstand?)Sagstilstand.Aabnet, Til = Sagstilstand.Tilbagekaldt,
            Begrundelse = "Åbnet ved en fejl.", Trin = Sagstrin.Afslutning,
        });
        (await TilsynssagStore.KommunerMedAabenSagAsync(db)).Should().NotContain(250);
        var ny = await TilsynssagStore.AabnAsync(db, 250, 2025, "Nu med rette", Admin, Fristregler.Standard, Nu);
        ny.Udfoert.Should().BeTrue(ny.Besked);
    }

    [Fact]
    public async Task A_moved_deadline_is_stored_on_the_case_and_in_the_history()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 253);

        await UdfoerAsync(db, id, version, new FlytFrist(Fristtype.Redegoerelse, new DateOnly(2026, 4, 13), "Mere tid efter aftale."), Admin);

        await using var check = database.CreateContext();
        var sag = (await TilsynssagStore.HentAsync(check, id))!;
        sag.Sag.RedegoerelseFrist.Should().Be(new DateOnly(2026, 4, 13));
        sag.Sag.PlanFrist.Should().Be(new DateOnly(2026, 4, 27));
        sag.Sag.Tilstand.Should().Be(Sagstilstand.Aabnet);
        sag.Historik[^1].Haendelse.Should().BeEquivalentTo(new
        {
            Handling = Sagshandlingstype.FlytFrist, Fra = (Sagstilstand?)Sagstilstand.Aabnet, Til = Sagstilstand.Aabnet, Trin = Sagstrin.Redegoerelse,
            Detaljer = "Frist for redegørelsen: 30-03-2026 → 13-04-2026",
        });
    }

    [Fact]
    public async Task An_outside_document_is_stored_with_its_step_and_its_attachment()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 230);

        await UdfoerAsync(db, id, version, new RegistrerEksterntDokument("Brev med redegørelse", new DateOnly(2026, 2, 27), Sagstrin.Redegoerelse,
            "Kom med posten."), Admin, new NytBilag("brev.pdf", "application/pdf", Pdf));

        await using var check = database.CreateContext();
        var sag = (await TilsynssagStore.HentAsync(check, id))!;
        var post = sag.Historik[^1];
        post.Haendelse.Trin.Should().Be(Sagstrin.Redegoerelse);
        post.Haendelse.Detaljer.Should().Be("Dokument: Brev med redegørelse\nModtaget: 27-02-2026\nTrin: Redegørelse");
        post.Bilag.Should().ContainSingle().Which.Filnavn.Should().Be("brev.pdf");
        sag.Sag.Tilstand.Should().Be(Sagstilstand.Aabnet);
        (await check.Database.SqlQueryRaw<string>("SELECT trin AS \"Value\" FROM tilsynssag_haendelse WHERE sag_id = {0} ORDER BY id", id).ToListAsync())
            .Should().Equal(["aabning", "redegoerelse"], "the step is stored as its code");
    }

    [Fact]
    public async Task A_rejected_plan_is_taken_off_the_case_and_the_manager_submits_again()
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, 240);
        version = await UdfoerAsync(db, id, version, new IndsendRedegoerelse("R"), Chef(240));
        version = await UdfoerAsync(db, id, version, new IndsendGenopretningsplan("Første"), Chef(240));

        version = await UdfoerAsync(db, id, version, new AfvisPlan("Mangler mål."), Admin);

        var sag = (await TilsynssagStore.HentAsync(db, id))!;
        sag.Sag.Tilstand.Should().Be(Sagstilstand.RedegoerelseModtaget);
        sag.Sag.Genopretningsplan.Should().BeNull();
        await UdfoerAsync(db, id, version, new IndsendGenopretningsplan("Anden"), Chef(240));
        sag = (await TilsynssagStore.HentAsync(db, id))!;
        sag.Sag.Tilstand.Should().Be(Sagstilstand.PlanModtaget);
        sag.Sag.Genopretningsplan!.Tekst.Should().Be("Anden");
        sag.Historik.Select(h => h.Haendelse.Til).Should().Equal(Sagstilstand.Aabnet, Sagstilstand.RedegoerelseModtaget, Sagstilstand.PlanModtaget,
            Sagstilstand.RedegoerelseModtaget, Sagstilstand.PlanModtaget);
    }

    [Theory]
    [InlineData(201, "UPDATE tilsynssag_haendelse SET begrundelse = 'ændret'")]
    [InlineData(210, "DELETE FROM tilsynssag_haendelse")]
    [InlineData(217, "TRUNCATE tilsynssag_haendelse CASCADE")]
    [InlineData(219, "UPDATE tilsynssag_bilag SET filnavn = 'x.pdf'")]
    [InlineData(223, "DELETE FROM tilsynssag_bilag")]
    public async Task The_database_refuses_to_change_or_remove_history_and_attachments(short kode, string sql)
    {
        await using var db = database.CreateContext();
        var (id, version) = await AabenSagAsync(db, kode);
        await UdfoerAsync(db, id, version, new IndsendRedegoerelse("R"), Chef(kode), new NytBilag("a.pdf", "application/pdf", Pdf));
        var foer = await db.Set<TilsynssagHaendelseEntity>().CountAsync();

        var act = () => db.Database.ExecuteSqlRawAsync(sql);

        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("is append-only");
        (await db.Set<TilsynssagHaendelseEntity>().CountAsync()).Should().Be(foer);
    }
}
