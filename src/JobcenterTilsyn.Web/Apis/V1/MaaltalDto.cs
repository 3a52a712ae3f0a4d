using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>
/// A goal's figure as disclosed by <see cref="Diskretion"/> (rules.md §10): a withheld member is null and
/// <see cref="Skjult"/> is true. Members carry the measures export's column names.
/// </summary>
public sealed record MaaltalDto(int? Taeller, int? Naevner, double? Andel, double? MaalGraense, bool? Opfyldt, int? Mangler, bool Skjult)
{
    public static MaaltalDto Fra(OplystMaaltal tal) =>
        new(tal.Taeller, tal.Naevner, tal.Andel, tal.Graense, tal.Opfyldt, tal.Mangler, tal.Skjult);
}
