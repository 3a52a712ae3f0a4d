using System.Security.Claims;

namespace JobcenterTilsyn.Web.Security;

/// <summary>Refused attempts to reach what the user may not see, logged as warnings with who and where.</summary>
public static class Adgangslog
{
    public static void NaegtetSag(ILoggerFactory loggerFactory, ClaimsPrincipal user, long sagId, short sagensKommune) =>
        loggerFactory.CreateLogger(typeof(Adgangslog)).LogWarning(
            "Access denied: user {Bruger} ({Rolle}, kommune {Kommunekode}) tried to open case {SagId} of kommune {SagensKommunekode}",
            user.Brugernavn(), user.Rolle()?.ToString() ?? "ingen rolle", user.Kommune(), sagId, sagensKommune);
}
