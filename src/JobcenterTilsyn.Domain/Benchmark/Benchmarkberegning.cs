using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// The result benchmark of one område (rules.md §5): faktisk andel = fuldtidspersoner ÷ befolkning_16_66,
/// regressed by OLS with intercept on every other framework variable present for all municipalities;
/// forventet = fitted, residual = faktisk − forventet, rang by residual, klynge by forventet.
/// </summary>
public static class Benchmarkberegning
{
    public const int KlyngeAntal = 5;
    public const int LaerAfAntal = 3;

    /// <param name="observationer">Every municipality to benchmark (all 98 in real use), with its fuldtidspersoner.</param>
    /// <param name="rammevilkaar">Framework conditions; only rows of the period's year and of those municipalities are used.</param>
    /// <param name="usikkerhed">How the 90 % intervals are computed; <see cref="Bootstrapindstilling.Standard"/> when null.</param>
    public static Benchmarkresultat Beregn(
        Omraade omraade, Maaleperiode periode, IReadOnlyList<Kommuneobservation> observationer, IEnumerable<Rammevilkaar> rammevilkaar,
        Bootstrapindstilling? usikkerhed = null)
    {
        usikkerhed ??= Bootstrapindstilling.Standard;
        var kommuner = observationer.OrderBy(o => o.Kommunekode).ToList();
        var koder = kommuner.Select(k => k.Kommunekode).ToHashSet();
        var aar = periode.Rammevilkaarsaar;
        var vaerdier = rammevilkaar
            .Where(r => r.Aar == aar && koder.Contains(r.Kommunekode))
            .GroupBy(r => r.Variabel, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Kommunekode, r => r.Vaerdi), StringComparer.Ordinal);

        var befolkning = Befolkning(vaerdier, kommuner, aar);
        var variabler = ForklarendeVariabler(vaerdier, kommuner, aar);

        int n = kommuner.Count, p = variabler.Count + 1;
        var x = new double[n, p];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var kode = kommuner[i].Kommunekode;
            x[i, 0] = 1;
            for (var j = 0; j < variabler.Count; j++) x[i, j + 1] = vaerdier[variabler[j]][kode];
            y[i] = kommuner[i].Fuldtidspersoner / befolkning[kode];
        }

        var navne = new List<string> { Regressionsmodel.Intercept };
        navne.AddRange(variabler);
        var estimat = Ols.Estimer(x, y, navne);

        var residual = new double[n];
        for (var i = 0; i < n; i++) residual[i] = y[i] - estimat.Fitted[i];
        var rang = Rangorden(kommuner, i => residual[i]);
        var klynge = Klynger(kommuner, estimat.Fitted);
        var intervaller = Benchmarkusikkerhed.Beregn(x, residual, estimat.FittedStandardfejl, estimat.Sigma, rang, usikkerhed);

        var positioner = new List<Benchmarkposition>(n);
        for (var i = 0; i < n; i++)
        {
            var laerAf = Enumerable.Range(0, n)
                .Where(k => k != i && klynge[k] == klynge[i])
                .OrderBy(k => residual[k]).ThenBy(k => kommuner[k].Kommunekode)
                .Take(LaerAfAntal)
                .Select(k => kommuner[k].Kommunekode)
                .ToList();
            var kode = kommuner[i].Kommunekode;
            positioner.Add(new Benchmarkposition(
                kode, kommuner[i].Fuldtidspersoner, befolkning[kode], y[i], estimat.Fitted[i], residual[i],
                estimat.FittedStandardfejl[i], rang[i], klynge[i], laerAf, intervaller[i]));
        }

        var model = new Regressionsmodel(navne, estimat.Koefficienter, estimat.Standardfejl, estimat.RKvadrat, n, estimat.Sigma);
        return new Benchmarkresultat(omraade, periode, model, positioner, usikkerhed);
    }

    /// <summary>Rang: ascending by the key (1 = best), ties by kommunekode. Returns the rank of each index.</summary>
    public static int[] Rangorden(IReadOnlyList<Kommuneobservation> kommuner, Func<int, double> noegle)
    {
        var orden = Enumerable.Range(0, kommuner.Count).OrderBy(noegle).ThenBy(i => kommuner[i].Kommunekode).ToArray();
        var rang = new int[kommuner.Count];
        for (var pos = 0; pos < orden.Length; pos++) rang[orden[pos]] = pos + 1;
        return rang;
    }

    /// <summary>Klynge: by forventet andel ascending (ties by code), position i of n gets ⌊5·i/n⌋ + 1.</summary>
    public static int[] Klynger(IReadOnlyList<Kommuneobservation> kommuner, IReadOnlyList<double> forventet)
    {
        var n = kommuner.Count;
        var orden = Enumerable.Range(0, n).OrderBy(i => forventet[i]).ThenBy(i => kommuner[i].Kommunekode).ToArray();
        var klynge = new int[n];
        for (var pos = 0; pos < n; pos++) klynge[orden[pos]] = (KlyngeAntal * pos / n) + 1;
        return klynge;
    }

    private static Dictionary<short, double> Befolkning(
        Dictionary<string, Dictionary<short, double>> vaerdier, List<Kommuneobservation> kommuner, int aar)
    {
        vaerdier.TryGetValue(Rammevilkaar.Befolkning, out var befolkning);
        var mangler = kommuner.Where(k => befolkning is null || !befolkning.ContainsKey(k.Kommunekode)).Select(k => k.Kommunekode).ToList();
        if (mangler.Count > 0)
        {
            throw new BenchmarkFejlException(BenchmarkFejltype.ManglendeBefolkning,
                $"{Rammevilkaar.Befolkning} is missing for {aar} for {mangler.Count} municipalit{(mangler.Count == 1 ? "y" : "ies")}: {string.Join(", ", mangler)}.");
        }

        var ugyldige = kommuner.Where(k => !(befolkning![k.Kommunekode] > 0)).Select(k => k.Kommunekode).ToList();
        if (ugyldige.Count > 0)
        {
            throw new BenchmarkFejlException(BenchmarkFejltype.UgyldigBefolkning,
                $"{Rammevilkaar.Befolkning} must be positive; it is not for {aar} for: {string.Join(", ", ugyldige)}.");
        }
        return befolkning!;
    }

    private static List<string> ForklarendeVariabler(
        Dictionary<string, Dictionary<short, double>> vaerdier, List<Kommuneobservation> kommuner, int aar)
    {
        var variabler = new List<string>();
        var fejl = new List<string>();
        foreach (var (navn, pr) in vaerdier.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (navn == Rammevilkaar.Befolkning) continue;
            if (pr.Count == kommuner.Count)
            {
                variabler.Add(navn);
                continue;
            }
            var mangler = kommuner.Where(k => !pr.ContainsKey(k.Kommunekode)).Select(k => k.Kommunekode);
            var antal = kommuner.Count - pr.Count;
            fejl.Add($"the variable '{navn}' is missing for {aar} for {antal} municipalit{(antal == 1 ? "y" : "ies")}: {string.Join(", ", mangler)}");
        }

        if (fejl.Count > 0)
        {
            throw new BenchmarkFejlException(BenchmarkFejltype.UfuldstaendigVariabel,
                "A framework variable must be present for all municipalities or none: " + string.Join("; ", fejl) + ".");
        }
        return variabler;
    }
}
