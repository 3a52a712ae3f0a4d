using Microsoft.Extensions.Logging;

namespace JobcenterTilsyn.LoadTest;

/// <summary>Writes the SignalR client's own log to standard error when JT_LOADTEST_DEBUG is set, to see the protocol.</summary>
internal sealed class ConsoleDebugLogger : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Console.Error.WriteLine($"[{logLevel}] {formatter(state, exception)} {exception?.Message}");

    public void Dispose()
    {
    }
}
