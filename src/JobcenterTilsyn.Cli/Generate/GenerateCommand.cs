using System.Globalization;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary><c>generate --out DIR --seed N [--scale national|small|national10]</c>: writes a synthetic data set (data-contract.md).</summary>
internal sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";

    public string Usage => "generate --out DIR --seed N [--scale national|small|national10]";

    public string Summary => "writes a synthetic data set in the data contract's format";

    public Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var args = context.Args;
        var mappe = args.Required("out");
        var seedTekst = args.Required("seed");
        var scaleNavn = args.Optional("scale") ?? DemoScale.National.Navn;
        args.RejectUnknown();
        if (args.Positional.Count > 0) throw new CliUsageException($"Unexpected argument '{args.Positional[0]}'.");
        if (!long.TryParse(seedTekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            throw new CliUsageException($"--seed must be a whole number (got '{seedTekst}').");
        }
        var scale = DemoScale.FraNavn(scaleNavn)
            ?? throw new CliUsageException($"--scale must be 'national', 'small' or 'national10' (got '{scaleNavn}').");

        var r = DemoDataGenerator.Generer(mappe, unchecked((ulong)seed), scale, ct);
        var o = context.Out;
        o.WriteLine($"Generated the {scale.Navn} demo data set (seed {seed}) in {Path.GetFullPath(mappe)}");
        o.WriteLine(FormattableString.Invariant($"  persons             {r.Personer,12:N0}  ({r.CprPersoner:N0} written with CPR numbers)"));
        o.WriteLine(FormattableString.Invariant($"  ydelsesforloeb.csv  {r.Ydelsesforloeb,12:N0} rows"));
        o.WriteLine(FormattableString.Invariant($"  indsatser.csv       {r.Indsatser,12:N0} rows"));
        o.WriteLine(FormattableString.Invariant($"  samtaler.csv        {r.Samtaler,12:N0} rows"));
        o.WriteLine(FormattableString.Invariant($"  rammevilkaar.csv    {r.Rammevilkaar,12:N0} rows"));
        o.WriteLine(FormattableString.Invariant($"  mean share of befolkning_16_66 on benefits (alle): {r.GennemsnitligAndel:P1}"));
        o.WriteLine(FormattableString.Invariant($"  elapsed {r.Tid.TotalSeconds:F1} s"));
        return Task.FromResult(CliApp.Ok);
    }
}
