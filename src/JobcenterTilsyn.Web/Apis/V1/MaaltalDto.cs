using JobcenterTilsyn.Data.Laesemodeller;
using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>
/// A goal's figure with discretion (rules.md §10): for a non-administrator a count under 5 is null, and so are the
/// share and whether the goal is met when the denominator is under 5; <see cref="Skjult"/> says something was hidden.
/// </summary>
public sealed record MaaltalDto(int? Taeller, int? Naevner, double? Andel, double? Graense, bool? Opfyldt, bool Skjult)
{
    public static MaaltalDto Fra(Maaltal tal, bool erAdministrator)
    {
        var skjulNaevner = Diskretion.SkalSkjules(tal.Naevner, erAdministrator);
        return new MaaltalDto(
            (int?)Diskretion.Tal(tal.Taeller, erAdministrator),
            (int?)Diskretion.Tal(tal.Naevner, erAdministrator),
            skjulNaevner ? null : tal.Andel,
            tal.Graense,
            skjulNaevner ? null : tal.Opfyldt,
            skjulNaevner || Diskretion.SkalSkjules(tal.Taeller, erAdministrator));
    }
}
