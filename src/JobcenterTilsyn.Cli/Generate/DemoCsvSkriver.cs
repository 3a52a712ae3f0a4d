using System.Globalization;
using System.Text;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Streams the three person files (data-contract.md): UTF-8 without BOM, ';', header, '\n', ISO
/// dates, empty slutdato = still running. Strings for dates and codes are cached: the national set
/// has millions of rows.
/// </summary>
internal sealed class DemoCsvSkriver : IDisposable
{
    public const string YdelsesforloebFil = "ydelsesforloeb.csv";
    public const string IndsatserFil = "indsatser.csv";
    public const string SamtalerFil = "samtaler.csv";
    public const string RammevilkaarFil = "rammevilkaar.csv";

    private static readonly UTF8Encoding Utf8UdenBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly int DatoBasis = new DateOnly(2010, 1, 1).DayNumber;
    private static readonly string[] Datoer = Enumerable.Range(0, new DateOnly(2031, 1, 1).DayNumber - DatoBasis)
        .Select(d => IsoDato(DateOnly.FromDayNumber(DatoBasis + d))).ToArray();
    private static readonly string[] GruppeKoder = KodeTabel(Enum.GetValues<Ydelsesgruppe>(), g => g.Kode());
    private static readonly string[] TypeKoder = KodeTabel(Enum.GetValues<Indsatstype>(), t => t.Kode());
    private static readonly string[] KommuneKoder = Enumerable.Range(0, 1000).Select(k => k.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly StreamWriter _ydelser;
    private readonly StreamWriter _indsatser;
    private readonly StreamWriter _samtaler;

    public DemoCsvSkriver(string mappe)
    {
        _ydelser = Aabn(Path.Combine(mappe, YdelsesforloebFil), "person_id;kommunekode;ydelsesgruppe;startdato;slutdato");
        _indsatser = Aabn(Path.Combine(mappe, IndsatserFil), "person_id;kommunekode;indsatstype;startdato;slutdato");
        _samtaler = Aabn(Path.Combine(mappe, SamtalerFil), "person_id;kommunekode;dato");
    }

    public long YdelsesRaekker { get; private set; }

    public long IndsatsRaekker { get; private set; }

    public long SamtaleRaekker { get; private set; }

    public void Ydelse(string personId, short kommune, Ydelsesgruppe gruppe, int start, int slut)
    {
        Raekke(_ydelser, personId, kommune, GruppeKoder[(int)gruppe], start, slut);
        YdelsesRaekker++;
    }

    public void Indsats(string personId, short kommune, Indsatstype type, int start, int slut)
    {
        Raekke(_indsatser, personId, kommune, TypeKoder[(int)type], start, slut);
        IndsatsRaekker++;
    }

    public void Samtale(string personId, short kommune, int dato)
    {
        var w = _samtaler;
        w.Write(personId);
        w.Write(';');
        w.Write(KommuneKoder[kommune]);
        w.Write(';');
        w.Write(Dato(dato));
        w.Write('\n');
        SamtaleRaekker++;
    }

    public void Dispose()
    {
        _ydelser.Dispose();
        _indsatser.Dispose();
        _samtaler.Dispose();
    }

    public static StreamWriter Aabn(string sti, string header)
    {
        var w = new StreamWriter(new FileStream(sti, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Utf8UdenBom, 1 << 16)
        {
            NewLine = "\n",
        };
        w.Write(header);
        w.Write('\n');
        return w;
    }

    public static string IsoDato(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Raekke(StreamWriter w, string personId, short kommune, string kode, int start, int slut)
    {
        w.Write(personId);
        w.Write(';');
        w.Write(KommuneKoder[kommune]);
        w.Write(';');
        w.Write(kode);
        w.Write(';');
        w.Write(Dato(start));
        w.Write(';');
        if (slut != GenPeriode.Aaben) w.Write(Dato(slut));
        w.Write('\n');
    }

    private static string Dato(int dag)
    {
        var i = dag - DatoBasis;
        return (uint)i < (uint)Datoer.Length ? Datoer[i] : IsoDato(DateOnly.FromDayNumber(dag));
    }

    private static string[] KodeTabel<T>(T[] vaerdier, Func<T, string> kode) where T : struct, Enum
    {
        var tabel = new string[vaerdier.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var v in vaerdier) tabel[Convert.ToInt32(v, CultureInfo.InvariantCulture)] = kode(v);
        return tabel;
    }
}
