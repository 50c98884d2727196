using System.Globalization;
using System.Net;
using FFMpegCore;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Api;

/// <summary>
/// The real pipeline (offline writer, espeak-ng, Skia, ffmpeg) through the API on SQLite: a short request
/// becomes a playable MP4 that ffprobe confirms, served with range requests, with its thumbnail and a
/// cost entry for every stage.
/// </summary>
public sealed class GenerateEndToEndTests
{
    private static readonly string[] Stages = ["script", "voice", "visuals", "assembly", "thumbnail", "metadata"];

    [Theory]
    [InlineData("shorts", 12, 1080, 1920)]
    [InlineData("landscape", 15, 1920, 1080)]
    public async Task Generate_ThroughTheRealPipeline_StoresAPlayableMp4WithThumbnailAndCosts(string format, int targetSeconds, int width, int height)
    {
        using var app = new StudioAppFactory { Settings = { ["Generation:Concurrency"] = "1" } };
        using var client = await app.CreateClientAsync(Roles.Admin);
        var channel = await CreateChannelAsync(client);

        var (task, video) = await SubmitAsync(client, channel, "How bees talk with a dance", "high", new { target_seconds = targetSeconds }, format);
        // Generous: ffmpeg shares two cores with the rest of the test run.
        var done = await WaitForStatusAsync(client, task, TimeSpan.FromMinutes(3), "ready_for_upload", "failed");
        Assert.True(done.GetProperty("status").GetString() == "ready_for_upload", done.ToString());

        var media = Path.Combine(app.StorageRoot, "media", video.ToString(CultureInfo.InvariantCulture));
        var mp4 = await FFProbe.AnalyseAsync(Path.Combine(media, "video.mp4"));
        var voice = await FFProbe.AnalyseAsync(Path.Combine(media, "voice.wav"));
        Assert.Equal(width, mp4.PrimaryVideoStream!.Width);
        Assert.Equal(height, mp4.PrimaryVideoStream.Height);
        Assert.Equal("h264", mp4.PrimaryVideoStream.CodecName);
        Assert.Equal("aac", mp4.PrimaryAudioStream!.CodecName);
        Assert.InRange(mp4.Duration.TotalSeconds, voice.Duration.TotalSeconds - 1.5, voice.Duration.TotalSeconds + 1.5);
        Assert.InRange(voice.Duration.TotalSeconds, targetSeconds * 0.5, targetSeconds * 2.0);

        using var range = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/videos/{video}/video");
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 99);
        using var partial = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(0, partial.Content.Headers.ContentRange?.From);
        Assert.Equal(99, partial.Content.Headers.ContentRange?.To);
        Assert.Equal(new FileInfo(Path.Combine(media, "video.mp4")).Length, partial.Content.Headers.ContentRange?.Length);
        Assert.Equal("video/mp4", partial.Content.Headers.ContentType?.MediaType);

        using var thumbnail = await client.GetAsync($"/api/v1/videos/{video}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType?.MediaType);
        var png = await thumbnail.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // IHDR: width and height, big-endian, at bytes 16-23.
        Assert.Equal(1280, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(720, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

        using var costsResponse = await client.GetAsync($"/api/v1/videos/{video}/costs");
        var costs = await costsResponse.ReadJsonAsync();
        var entries = costs.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Stages, Stages.Where(s => entries.Any(e => e.GetProperty("stage").GetString() == s)));
        Assert.All(entries, e => Assert.True(e.GetProperty("amount_usd").GetDecimal() > 0, $"A free cost entry: {e}"));
        Assert.Equal(entries.Sum(e => e.GetProperty("amount_usd").GetDecimal()), costs.GetProperty("total_usd").GetDecimal());
        Assert.Equal(costs.GetProperty("total_usd").GetDecimal(), done.GetProperty("cost_usd").GetDecimal());
    }
}
