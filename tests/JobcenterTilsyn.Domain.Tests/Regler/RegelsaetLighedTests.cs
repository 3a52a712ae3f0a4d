using System.Reflection;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;

namespace JobcenterTilsyn.Domain.Tests.Regler;

/// <summary>
/// Equality of <see cref="Regelsaet"/> is hand-written (the group set compares by content), so a property added later
/// could be forgotten in Equals; then two rule sets differing only in it would count as the same. This finds every
/// public property by reflection and changes each in turn.
/// </summary>
public sealed class RegelsaetLighedTests
{
    [Fact]
    public void Changing_any_property_makes_a_different_rule_set()
    {
        var egenskaber = typeof(Regelsaet).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        egenskaber.Should().HaveCountGreaterThanOrEqualTo(11, "every rule of rules.md §7 is a property");

        var grundlag = Regelsaet.Oevo2024;
        foreach (var egenskab in egenskaber)
        {
            var aendret = Kopi(grundlag);
            egenskab.SetValue(aendret, AndenVaerdi(egenskab.PropertyType, egenskab.GetValue(grundlag)));

            aendret.Should().NotBe(grundlag, $"'{egenskab.Name}' differs, so Equals must say so (add it to Regelsaet.Equals)");
            Kopi(aendret).Should().Be(aendret, $"a copy with the same '{egenskab.Name}' is equal");
        }
    }

    // The record's compiler-made copy, so init-only properties can be set on the copy by reflection.
    private static Regelsaet Kopi(Regelsaet r) =>
        (Regelsaet)typeof(Regelsaet).GetMethod("<Clone>$")!.Invoke(r, null)!;

    private static object? AndenVaerdi(Type type, object? nu) => type switch
    {
        _ when type == typeof(string) => (string)nu! + "-X",
        _ when type == typeof(DateOnly) => ((DateOnly)nu!).AddDays(1),
        _ when type == typeof(double) => (double)nu! / 2,
        _ when type == typeof(double?) => nu is double d ? d / 2 : 0.5,
        _ when type == typeof(int) => (int)nu! + 1,
        _ when type == typeof(bool) => !(bool)nu!,
        _ when type == typeof(IReadOnlySet<Ydelsesgruppe>) =>
            ((IReadOnlySet<Ydelsesgruppe>)nu!).Contains(Ydelsesgruppe.Sygedagpenge)
                ? new HashSet<Ydelsesgruppe>(((IReadOnlySet<Ydelsesgruppe>)nu!).Where(g => g != Ydelsesgruppe.Sygedagpenge))
                : new HashSet<Ydelsesgruppe>((IReadOnlySet<Ydelsesgruppe>)nu!) { Ydelsesgruppe.Sygedagpenge },
        _ => throw new InvalidOperationException($"No changed value known for {type}: teach this test the new property type."),
    };
}
