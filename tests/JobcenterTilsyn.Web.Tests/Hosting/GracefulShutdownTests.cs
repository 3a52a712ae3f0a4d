using System.Globalization;
using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Components.Pages.Import;
using JobcenterTilsyn.Web.Tests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JobcenterTilsyn.Web.Tests.Hosting;

/// <summary>Shutting the app down cancels a running import at once and leaves nothing of it behind.</summary>
[Collection(VaertCollection.Name)]
public sealed class GracefulShutdownTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Stopping_the_app_cancels_a_running_import_and_leaves_no_rows_within_the_configured_timeout()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", database.ConnectionString)
            .UseSetting("Pseudonymization:Key", Convert.ToBase64String(new byte[32]))
            .UseSetting("Shutdown:TimeoutSeconds", "12")
            .UseSetting("Serilog:MinimumLevel:Default", "Fatal"));
        factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(12));
        var koersel = factory.Services.GetRequiredService<ImportKoersel>();
        var staged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new Fremdrift(p => { if (p.RowsRead > 20_000) staged.TrySetResult(); });

        // A file without end: the import is certainly still running when the app stops.
        var import = koersel.ImporterAsync(new EndlessCsv(), "ydelsesforloeb.csv", erstat: false, "test", progress, CancellationToken.None);
        await staged.Task.WaitAsync(TimeSpan.FromSeconds(60));
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        var wait = () => import.WaitAsync(TimeSpan.FromSeconds(15));
        await wait.Should().ThrowAsync<OperationCanceledException>();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        (await new NpgsqlCommand("SELECT count(*) FROM ydelsesperiode", conn).ExecuteScalarAsync()).Should().Be(0L);
        (await new NpgsqlCommand("SELECT count(*) FROM import_batch", conn).ExecuteScalarAsync()).Should().Be(0L);
    }

    private sealed class Fremdrift(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>Valid ydelsesforloeb rows, one per person, forever (not seekable, so nothing hashes it first).</summary>
    private sealed class EndlessCsv : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("person_id;kommunekode;ydelsesgruppe;startdato;slutdato\n");
        private int _offset;
        private long _person;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _pending = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $"S{_person++:D9};101;dagpenge;2024-01-01;2024-03-31\n"));
                _offset = 0;
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
