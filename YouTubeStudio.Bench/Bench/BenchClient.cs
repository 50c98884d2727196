using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Bench.Bench;

/// <summary>What every bench command does to the app under test: sign in, create a channel, submit, wait, read the database.</summary>
internal static class BenchClient
{
    public const string Password = "Str0ng!Passw0rd";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Registers a user (the first one is the Admin) and returns a client carrying its bearer token, plus its e-mail.</summary>
    public static async Task<(HttpClient Http, string Email)> SignInAsync(BenchApp app, int maxConnections = 256)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var email = $"bench-{Guid.NewGuid():N}@example.test";
        using (var register = await http.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password }, Json)) await EnsureAsync(register);
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, Json);
        await EnsureAsync(login);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (http, email);
    }

    public static async Task<long> CreateChannelAsync(HttpClient http, string name = "Bench")
    {
        using var response = await http.PostAsJsonAsync("/api/v1/channels", new { name, budget_alert_usd = 1000m, budget_cap_usd = 1000m }, Json);
        await EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary><c>POST videos/generate</c>; returns the task and video ids.</summary>
    public static async Task<(Guid Task, long Video)> SubmitAsync(HttpClient http, long channel, string topic, object? parameters = null)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/videos/generate", new { channel_id = channel, topic, format = "shorts", @params = parameters }, Json);
        await EnsureAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("task_id").GetGuid(), body.GetProperty("video_id").GetInt64());
    }

    /// <summary>Waits until <paramref name="count"/> tasks are ready for upload; throws on the first failed task.</summary>
    public static async Task WaitForReadyAsync(BenchApp app, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var db = await DbAsync(app);
            var ready = await db.GenerationTasks.CountAsync(t => t.Status == VideoStatus.ReadyForUpload);
            var failed = await db.GenerationTasks.Where(t => t.Status == VideoStatus.Failed).Select(t => t.LastError).FirstOrDefaultAsync();
            if (failed is not null) throw new InvalidOperationException($"A task failed: {failed}");
            if (ready >= count) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Only {ready} of {count} tasks finished in {timeout}.");
            await Task.Delay(100);
        }
    }

    public static async Task<AppDbContext> DbAsync(BenchApp app) =>
        await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

/// <summary>Arguments, percentiles and the printed table shared by the bench commands.</summary>
internal static class BenchReport
{
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1; // nearest-rank
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static string Ms(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.0} ms");

    public static string Mb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):0.0} MB");

    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    public static void Print(List<(string Figure, string Value, string Note)> rows)
    {
        var w1 = rows.Max(r => r.Figure.Length);
        var w2 = rows.Max(r => r.Value.Length);
        Console.WriteLine();
        Console.WriteLine($"{"figure".PadRight(w1)}  {"value".PadLeft(w2)}  note");
        Console.WriteLine($"{new string('-', w1)}  {new string('-', w2)}  {new string('-', 40)}");
        foreach (var (figure, value, note) in rows) Console.WriteLine($"{figure.PadRight(w1)}  {value.PadLeft(w2)}  {note}");
    }

    /// <summary>The managed heap after a full, compacting, blocking collection: what the app really keeps.</summary>
    public static long LiveHeapBytes()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
