namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>One page of a list: its items, where it is, and how many there are in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>
/// The paging parameters of every list: <c>page</c> (1–<see cref="MaksSide"/>, default 1) and <c>page_size</c>
/// (1–200, default 50). A page past the end is an empty page; a page over the bound is a 400 problem.
/// </summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int StandardStoerrelse = 50;

    public const int MaksStoerrelse = 200;

    /// <summary>Far beyond any real list; with the offset computed in long, paging can never overflow.</summary>
    public const int MaksSide = 1_000_000;

    /// <summary>This page of a list read whole (each list here is a few hundred rows at most), mapped to its items.</summary>
    public PagedList<TUd> Apply<TInd, TUd>(IReadOnlyList<TInd> alle, Func<TInd, TUd> tilItem)
    {
        // In long: a page far past the end is an empty page, never an overflow.
        var spring = ((long)Page - 1) * PageSize;
        IReadOnlyList<TUd> items = spring >= alle.Count ? [] : [.. alle.Skip((int)spring).Take(PageSize).Select(tilItem)];
        return new PagedList<TUd>(items, Page, PageSize, alle.Count);
    }

    /// <summary>Null with <paramref name="problem"/> set when a parameter is malformed or out of range.</summary>
    public static Paging? Fra(string? page, string? pageSize, out IResult? problem)
    {
        problem = null;
        if (!Parametre.Heltal(page, 1, 1, MaksSide, out var side))
        {
            problem = Parametre.Ugyldig("page", page, $"a whole number from 1 to {MaksSide}");
            return null;
        }
        if (!Parametre.Heltal(pageSize, StandardStoerrelse, 1, MaksStoerrelse, out var stoerrelse))
        {
            problem = Parametre.Ugyldig("page_size", pageSize, $"a whole number from 1 to {MaksStoerrelse}");
            return null;
        }
        return new Paging(side, stoerrelse);
    }
}
