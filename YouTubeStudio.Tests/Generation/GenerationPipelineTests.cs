using System.Diagnostics;
using System.Globalization;
using FFMpegCore;
using SkiaSharp;
using Xunit.Abstractions;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

/// <summary>All stages end to end with the real espeak-ng and ffmpeg, as the queue will run them.</summary>
public sealed class GenerationPipelineTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-test").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Theory]
    [InlineData(VideoFormat.Shorts, 1080, 1920, 10)]
    [InlineData(VideoFormat.Landscape, 1920, 1080, 8)]
    public async Task AllStages_ProduceAPlayableFastStartMp4AndAThumbnail(VideoFormat format, int width, int height, int targetSeconds)
    {
        var time = TimeProvider.System;
        var style = new SceneStyle("Garden Lab", "#14213D", "#FCA311");
        var clock = Stopwatch.StartNew();

        var script = (await new OfflineScriptWriter(time).WriteAsync(new ScriptRequest("keeping compost healthy", "gardening", Format: format, TargetSeconds: targetSeconds))).Script;
        var voice = await new EspeakVoiceSynthesizer(time).SynthesizeAsync(script.Scenes.Select(s => s.Narration).ToList(), new VoiceSettings("en-us", 190), _folder);
        var scenes = await new SkiaSceneRenderer(time).RenderAsync(script, format, style, _folder);
        var subtitles = await new AssSubtitleWriter().WriteAsync(script, voice.Scenes, format, Path.Combine(_folder, "subtitles.ass"));
        var progress = new List<double>();
        var video = await new FfmpegVideoAssembler(time).AssembleAsync(
            new VideoAssemblyRequest(scenes.Files, voice.SceneDurations, voice.CombinedFile, subtitles, format, Path.Combine(_folder, "video.mp4")),
            new SyncProgress(progress));
        var thumbnail = await new SkiaThumbnailRenderer(time).RenderAsync(script, style, Path.Combine(_folder, "thumbnail.png"));
        var metadata = (await new ScriptMetadataWriter(time).WriteAsync(script, voice.SceneDurations)).Metadata;
        clock.Stop();

        output.WriteLine($"{format}: {voice.TotalDuration.TotalSeconds:0.0} s of video, {script.Scenes.Count} scenes, all stages {clock.Elapsed.TotalSeconds:0.0} s; " +
                         $"voice cpu {voice.Usage.CpuSeconds:0.00} s, slides cpu {scenes.Usage.CpuSeconds:0.00} s, ffmpeg cpu {video.Usage.CpuSeconds:0.00} s / wall {video.Usage.WallSeconds:0.0} s");

        var probe = await FFProbe.AnalyseAsync(video.FilePath);
        Assert.Equal(voice.TotalDuration.TotalSeconds, probe.Duration.TotalSeconds, 1.0);
        Assert.NotNull(probe.PrimaryVideoStream);
        Assert.Equal("h264", probe.PrimaryVideoStream!.CodecName);
        Assert.Equal(width, probe.PrimaryVideoStream.Width);
        Assert.Equal(height, probe.PrimaryVideoStream.Height);
        Assert.Equal("yuv420p", probe.PrimaryVideoStream.PixelFormat);
        Assert.Equal("aac", probe.PrimaryAudioStream?.CodecName);
        Assert.Equal(voice.TotalDuration.TotalSeconds, probe.PrimaryAudioStream!.Duration.TotalSeconds, 1.0);

        var boxes = Mp4Boxes.TopLevel(video.FilePath);
        Assert.Contains("moov", boxes);
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));

        Assert.NotEmpty(progress);
        Assert.Equal(1.0, progress[^1]);
        Assert.All(progress, p => Assert.InRange(p, 0, 1));
        Assert.Contains(progress, p => p is > 0 and < 1); // reported from ffmpeg's clock while it encodes, not only at the end
        Assert.Equal(progress.Order(), progress);
        Assert.Equal("ffmpeg", video.Usage.Provider);
        Assert.True(video.Usage.CpuSeconds > 0, "ffmpeg's CPU time should be measured");

        // The first scene's subtitle changes while its slide stays: frames in the middle of its first two
        // lines differ in the subtitle zone and nowhere else.
        var lines = File.ReadLines(subtitles).Where(l => l.StartsWith("Dialogue:", StringComparison.Ordinal))
            .Select(l => l.Split(',')).Select(p => (Start: TimeSpan.Parse(p[1], CultureInfo.InvariantCulture), End: TimeSpan.Parse(p[2], CultureInfo.InvariantCulture))).ToList();
        Assert.True(lines.Count >= 2 && lines[1].End <= voice.Scenes[0].Duration, "the hook should need two subtitle lines");
        var firstFrame = await FrameAtAsync(video.FilePath, (lines[0].Start + lines[0].End) / 2);
        var secondFrame = await FrameAtAsync(video.FilePath, (lines[1].Start + lines[1].End) / 2);
        var layout = SkiaSceneRenderer.Layout(format);
        Assert.True(CountDifferences(firstFrame, secondFrame, 0, (int)layout.Body.Bottom) < width * layout.Body.Bottom * 0.001, "the slide should not change within a scene");
        Assert.True(CountDifferences(firstFrame, secondFrame, (int)layout.Body.Bottom, (int)layout.ProgressBar.Top) > 2000, "the burned subtitle should change with the narration");

        using var codec = SKCodec.Create(thumbnail.FilePath);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal(1280, codec.Info.Width);
        Assert.Equal(720, codec.Info.Height);

        Assert.StartsWith("0:00 Intro", metadata.Chapters[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("0:00 Intro", metadata.Description, StringComparison.Ordinal);
    }

    private async Task<SKBitmap> FrameAtAsync(string video, TimeSpan time)
    {
        var path = Path.Combine(_folder, $"frame_{time.TotalMilliseconds:0}.png");
        await FFMpegArguments.FromFileInput(video, false, o => o.WithStartTime(time))
            .OutputToFile(path, true, o => o.WithFrameCount(1))
            .ProcessAsynchronously();
        return SKBitmap.Decode(path);
    }

    /// <summary>Pixels in rows [top, bottom) whose colour differs clearly between the two frames (encoding noise aside).</summary>
    private static int CountDifferences(SKBitmap a, SKBitmap b, int top, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y += 2)
        {
            for (var x = 0; x < a.Width; x += 2)
            {
                SKColor p = a.GetPixel(x, y), q = b.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 60)
                {
                    count += 4;
                }
            }
        }

        return count;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool, so its last report can arrive after the await; this one records at once.</summary>
    private sealed class SyncProgress(List<double> values) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }
    }
}
