using System.Net;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>Who the matrix signs in as.</summary>
public enum Som
{
    Anonym,
    Analytiker,
    Chef,
    AndenChef,
    Admin,
}

/// <summary>What a request must give: a status, and for 302 where it must lead.</summary>
public sealed record Forventet(HttpStatusCode Status, string? Til = null)
{
    public static readonly Forventet Ok = new(HttpStatusCode.OK);
    public static readonly Forventet LogInd = new(HttpStatusCode.Found, "/konto/log-ind");
    public static readonly Forventet Forbudt = new(HttpStatusCode.Forbidden);
    public static readonly Forventet Uautoriseret = new(HttpStatusCode.Unauthorized);
    public static readonly Forventet IkkeFundet = new(HttpStatusCode.NotFound);

    public override string ToString() => Til is null ? $"{(int)Status}" : $"{(int)Status} → {Til}";
}

/// <summary>
/// rules.md §10 as a table: every page and every API or download address the app has, and what each role gets.
/// A page or endpoint added without a row here fails <c>Every_page_and_endpoint_is_in_the_matrix</c>.
/// </summary>
public static class Adgangsmatrix
{
    /// <summary>(route template, concrete address, expectation per role in the order of <see cref="Som"/>).</summary>
    public static IReadOnlyList<(string Skabelon, Func<SikretApp, string> Adresse, Forventet[] Forventninger)> Raekker { get; } =
    [
        // Figures for every role (the analyst pages fill these in).
        ("/", _ => "/", AlleRoller()),
        ("/kommuner", _ => "/kommuner", AlleRoller()),
        ("/benchmark", _ => "/benchmark", AlleRoller()),
        ("/udpegning", _ => "/udpegning", AlleRoller()),
        ("/kommune/{Kode:int}", _ => "/kommune/101", AlleRoller()),
        ("/kommune/{Kode:int}/rapport/{Aar:int}", _ => "/kommune/101/rapport/2025", AlleRoller()),

        // The contract exports carry exact small counts: administrators only (the matrix database has no results: 404).
        ("/api/measures", _ => "/api/measures?month=2025-06", Api(Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.IkkeFundet)),
        ("/api/benchmark", _ => "/api/benchmark?year=2025", Api(Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.IkkeFundet)),
        ("/api/designation", _ => "/api/designation?year=2025", Api(Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.Ok)),
        ("/api/outlook", _ => "/api/outlook?month=2025-06", Api(Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.IkkeFundet)),
        ("/api/forecast", _ => "/api/forecast?month=2025-06", Api(Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.IkkeFundet)),

        // Cases: everyone reads; a manager only the own municipality's.
        ("/tilsynssager", _ => "/tilsynssager", AlleRoller()),
        ("/tilsynssager/{Id:long}", a => $"/tilsynssager/{a.SagId}", EgenSag()),
        ("/tilsynssager/{id:long}/bilag/{bilagId:long}", a => $"/tilsynssager/{a.SagId}/bilag/{a.BilagId}", EgenSag()),

        // The JSON API (docs/api.md): every role reads; the matrix database has a designation for 2025 and cases, no other results (404).
        ("/api/v1/municipalities", _ => "/api/v1/municipalities?page=2&page_size=10", Api(Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok)),
        ("/api/v1/measures", _ => "/api/v1/measures?month=2025-06", Api(Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet)),
        ("/api/v1/benchmark", _ => "/api/v1/benchmark?year=2025", Api(Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet)),
        ("/api/v1/benchmark/model", _ => "/api/v1/benchmark/model?year=2025",
            Api(Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet)),
        ("/api/v1/designation", _ => "/api/v1/designation?year=2025", Api(Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok)),
        ("/api/v1/outlook", _ => "/api/v1/outlook?month=2025-06", Api(Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet)),
        ("/api/v1/forecast", _ => "/api/v1/forecast?month=2025-06", Api(Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet, Forventet.IkkeFundet)),
        ("/api/v1/cases", _ => "/api/v1/cases", Api(Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok)),
        ("/api/v1/cases/{id:long}", a => $"/api/v1/cases/{a.SagId}", Api(Forventet.Ok, Forventet.Ok, Forventet.Forbudt, Forventet.Ok)),

        // Administration: administrators only.
        ("/import", _ => "/import", KunAdmin()),
        ("/administration", _ => "/administration", KunAdmin()),
        ("/administration/brugere", _ => "/administration/brugere", KunAdmin()),
        ("/administration/api-noegler", _ => "/administration/api-noegler", KunAdmin()),
        ("/administration/regelsaet", _ => "/administration/regelsaet", KunAdmin()),

        // Scenarios (issue 16): the ministry's analysts and administrators, not the municipalities' managers.
        ("/scenarier", _ => "/scenarier", [Forventet.LogInd, Forventet.Ok, Forventet.Forbudt, Forventet.Forbudt, Forventet.Ok]),

        // The API description: every role.
        ("/openapi/v1.json", _ => "/openapi/v1.json", AlleRoller()),
        ("/scalar/{documentName}", _ => "/scalar/v1", AlleRoller()),

        // Open to all: sign-in, health.
        ("/konto/log-ind", _ => "/konto/log-ind", [Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok]),
        ("/health", _ => "/health", [Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok]),

        // Error and status pages: open, so that they can always be shown (each answers with its own status).
        ("/Error", _ => "/Error", [Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok]),
        ("/not-found", _ => "/not-found", [Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok]),
        ("/status/{Kode:int}", _ => "/status/404", [Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok]),
        ("/konto/ingen-adgang", _ => "/konto/ingen-adgang",
            [Forventet.LogInd, Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt]),
    ];

    /// <summary>Endpoints that are not addresses to visit with GET, covered by their own tests (LogindTests).</summary>
    public static IReadOnlySet<string> DaekketAndetSted { get; } = new HashSet<string> { "/konto/log-ud" };

    private static Forventet[] AlleRoller() => [Forventet.LogInd, Forventet.Ok, Forventet.Ok, Forventet.Ok, Forventet.Ok];

    private static Forventet[] KunAdmin() => [Forventet.LogInd, Forventet.Forbudt, Forventet.Forbudt, Forventet.Forbudt, Forventet.Ok];

    // The case is København's: its manager reads it, Aalborg's manager is refused.
    private static Forventet[] EgenSag() => [Forventet.LogInd, Forventet.Ok, Forventet.Ok, Forventet.Forbudt, Forventet.Ok];

    private static Forventet[] Api(Forventet analytiker, Forventet chef, Forventet andenChef, Forventet admin) =>
        [Forventet.Uautoriseret, analytiker, chef, andenChef, admin];
}
