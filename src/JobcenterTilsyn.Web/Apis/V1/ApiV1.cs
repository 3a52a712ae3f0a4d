using JobcenterTilsyn.Web.Security;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>
/// The documented JSON API under /api/v1 (docs/api.md): every role reads, authenticated by the sign-in cookie or an
/// API key; lists are paged; errors are problem details.
/// </summary>
public static class ApiV1
{
    public const string Prefiks = "/api/v1";

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefiks)
            .RequireAuthorization(Politikker.LaesTal)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapKommunerApi();
        api.MapMaalApi();
        api.MapBenchmarkApi();
        api.MapUdpegningApi();
        api.MapUdsigtApi();
        api.MapPrognoseApi();
        api.MapTilsynssagerV1Api();
        return api;
    }
}
