using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobcenterTilsyn.Data.Tests.Tilsynssager;

/// <summary>Runs something once just before the context it is attached to saves: another writer getting in first.</summary>
internal sealed class FoerGemning(Func<Task> foerst) : SaveChangesInterceptor
{
    public bool Koert { get; private set; }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!Koert)
        {
            Koert = true;
            await foerst();
        }
        return result;
    }
}
