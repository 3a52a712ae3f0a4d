namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>The focus goals (A, B) and indicators (C, D) of rules.md §2–4, in export order.</summary>
public enum Maal
{
    ATilbud12m = 0,
    BTidligIndsats = 1,
    CUdenIndsatsAktivitetsparat = 2,
    DSamtale3m = 3,
}
