using System.Runtime.CompilerServices;
using Bunit;

namespace JobcenterTilsyn.Web.Tests;

/// <summary>
/// The in-memory app hosts of the security tests run beside the bunit tests, whose synchronous waits block
/// pool threads; on a busy 2-core machine the pool then grows too slowly and bunit's 1-second default wait
/// runs out before its dispatcher gets a turn.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }
}
