namespace JobcenterTilsyn.Domain.Udpegning;

/// <summary>The codes of <see cref="Udpegningskategori"/> as the designation export writes them.</summary>
public static class UdpegningskategoriKoder
{
    public static string Kode(this Udpegningskategori kategori) => kategori switch
    {
        Udpegningskategori.Udpeget => "udpeget",
        Udpegningskategori.Risikozone => "risikozone",
        Udpegningskategori.Forbedret => "forbedret",
        Udpegningskategori.Ingen => "ingen",
        _ => throw new ArgumentOutOfRangeException(nameof(kategori), kategori, null),
    };

    public static bool TryKategori(string kode, out Udpegningskategori kategori)
    {
        foreach (var k in Enum.GetValues<Udpegningskategori>())
        {
            if (k.Kode() == kode)
            {
                kategori = k;
                return true;
            }
        }
        kategori = default;
        return false;
    }
}
