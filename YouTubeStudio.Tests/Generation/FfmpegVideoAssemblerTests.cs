using System.Diagnostics;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public sealed class FfmpegVideoAssemblerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assembler-test").FullName;
    private readonly FfmpegVideoAssembler _assembler = new(TimeProvider.System);

    public void Dispose() => Directory.Delete(_folder, true);

    private async Task<(string Image, string Voice)> InputsAsync(TimeSpan length)
    {
        var script = new VideoScript("Cancel me", "Hook", [new ScriptScene(0, "H", "N", "K")], "CTA", "", ["a"]);
        var image = (await new SkiaSceneRenderer(TimeProvider.System).RenderAsync(script, VideoFormat.Shorts, new SceneStyle("C"), _folder)).Files[0];
        var voice = Path.Combine(_folder, "voice.wav");
        WavFile.Silence(1, 22050, 16, length).Write(voice);
        return (image, voice);
    }

    private static bool FfmpegIsRunningFor(string outputPath) =>
        Directory.EnumerateDirectories("/proc").Any(dir =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(outputPath, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });

    [Fact]
    public async Task AssembleAsync_WhenCancelled_KillsFfmpegPromptly()
    {
        var (image, voice) = await InputsAsync(TimeSpan.FromMinutes(10));
        var outputPath = Path.Combine(_folder, "long.mp4");
        using var cts = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var progress = new InlineProgress(p =>
        {
            if (p > 0)
            {
                started.TrySetResult();
            }
        });

        var assembly = _assembler.AssembleAsync(new VideoAssemblyRequest([image], [TimeSpan.FromMinutes(10)], voice, null, VideoFormat.Shorts, outputPath), progress, cts.Token);
        await Task.WhenAny(started.Task, assembly, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(started.Task.IsCompleted, "ffmpeg should have reported progress");
        Assert.True(FfmpegIsRunningFor(outputPath));

        var clock = Stopwatch.StartNew();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => assembly);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"cancellation took {clock.Elapsed}");
        Assert.False(FfmpegIsRunningFor(outputPath), "ffmpeg is still running");
        Assert.False(File.Exists(outputPath), "a cancelled video must not look finished");
    }

    [Fact]
    public async Task AssembleAsync_WhenFfmpegFails_ReportsARenderErrorWithItsLog()
    {
        var (_, voice) = await InputsAsync(TimeSpan.FromSeconds(2));
        var broken = Path.Combine(_folder, "broken.png");
        await File.WriteAllTextAsync(broken, "this is not a picture");

        var ex = await Assert.ThrowsAsync<GenerationException>(() => _assembler.AssembleAsync(
            new VideoAssemblyRequest([broken], [TimeSpan.FromSeconds(2)], voice, null, VideoFormat.Shorts, Path.Combine(_folder, "out.mp4"))));

        Assert.Equal("render_error", ex.Reason);
        Assert.False(ex.IsTransient);
        Assert.Contains("ffmpeg", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Split('\n').Length > 2, "the message should carry the end of ffmpeg's log: " + ex.Message);
        Assert.False(File.Exists(Path.Combine(_folder, "out.mp4")));
    }

    [Fact]
    public async Task AssembleAsync_WithAMissingInput_FailsBeforeStartingFfmpeg()
    {
        var (image, _) = await InputsAsync(TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAsync<GenerationException>(() => _assembler.AssembleAsync(
            new VideoAssemblyRequest([image], [TimeSpan.FromSeconds(1)], Path.Combine(_folder, "missing.wav"), null, VideoFormat.Shorts, Path.Combine(_folder, "out.mp4"))));

        Assert.Equal("render_error", ex.Reason);
        Assert.Contains("missing.wav", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcatList_GivesEachImageItsDurationAndRepeatsTheLast()
    {
        var request = new VideoAssemblyRequest(["/m/a.png", "/m/it's.png"], [TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(2)], "/m/v.wav", null, VideoFormat.Shorts, "/m/o.mp4");

        var list = FfmpegVideoAssembler.ConcatList(request);

        Assert.Equal("ffconcat version 1.0\nfile '/m/a.png'\nduration 1.250\nfile '/m/it'\\''s.png'\nduration 2.000\nfile '/m/it'\\''s.png'\n", list);
    }

    [Fact]
    public void ParseCpuSeconds_AddsUserAndSystemTimeFromTheBenchmarkLine()
    {
        Assert.Equal(1.75, FfmpegVideoAssembler.ParseCpuSeconds(["frame=  10", "bench: utime=1.500s stime=0.250s rtime=0.900s", "bench: maxrss=1000kB"]), 3);
        Assert.Equal(0, FfmpegVideoAssembler.ParseCpuSeconds(["nothing here"]));
    }

    private sealed class InlineProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
