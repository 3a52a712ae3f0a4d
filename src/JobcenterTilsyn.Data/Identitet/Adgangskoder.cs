using System.Security.Cryptography;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>Random passwords that meet <see cref="IdentitetsRegler"/>, for new users, resets and the demo users.</summary>
public static class Adgangskoder
{
    // Without look-alikes (0/O, 1/l/I) so a password read off a screen is typed right.
    private const string Store = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Smaa = "abcdefghijkmnopqrstuvwxyz";
    private const string Tal = "23456789";

    public static string Ny(int laengde = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laengde, IdentitetsRegler.MinimumLaengde);
        var alle = Store + Smaa + Tal;
        var tegn = new char[laengde];
        tegn[0] = Store[RandomNumberGenerator.GetInt32(Store.Length)];
        tegn[1] = Smaa[RandomNumberGenerator.GetInt32(Smaa.Length)];
        tegn[2] = Tal[RandomNumberGenerator.GetInt32(Tal.Length)];
        for (var i = 3; i < laengde; i++) tegn[i] = alle[RandomNumberGenerator.GetInt32(alle.Length)];
        RandomNumberGenerator.Shuffle(tegn.AsSpan());
        return new string(tegn);
    }
}
