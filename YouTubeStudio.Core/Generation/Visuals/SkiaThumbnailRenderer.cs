using SkiaSharp;

namespace YouTubeStudio.Core.Generation;

/// <summary>A 1280x720 thumbnail: the title in large bold type on the channel's colours, an accent bar, the channel name.</summary>
public sealed class SkiaThumbnailRenderer(TimeProvider timeProvider) : IThumbnailRenderer
{
    public const int Width = 1280;
    public const int Height = 720;

    /// <summary>Where the title goes; the rest holds the accent bar and the channel name.</summary>
    internal static readonly SKRect TitleBox = new(110, 90, Width - 80, Height - 150);

    public async Task<ThumbnailResult> RenderAsync(VideoScript script, SceneStyle style, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(style);
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var startedAt = timeProvider.GetTimestamp();
        var (_, cpu) = await CpuClock.RunMeasuredAsync(() =>
        {
            Render(script.Title, style, fullPath);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return new ThumbnailResult(fullPath, new StageUsage(SkiaSceneRenderer.ProviderName, CpuSeconds: cpu, WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds));
    }

    internal static TextBlock LayoutTitle(string title) =>
        TextLayout.Fit(title.ToUpperInvariant(), Fonts.Bold, TitleBox.Width, TitleBox.Height, 140, 44);

    internal static void Render(string title, SceneStyle style, string path)
    {
        var background = Painter.ParseColour(style.BackgroundHex, "background");
        var accent = Painter.ParseColour(style.AccentHex, "accent");
        var text = Painter.TextOn(background);

        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using (var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(Width, Height),
                   [background, Blend(background, accent, 0.25f)], SKShaderTileMode.Clamp))
        using (var gradient = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, Width, Height, gradient);
        }

        using (var bar = new SKPaint { Color = accent })
        {
            canvas.DrawRect(50, TitleBox.Top, 28, TitleBox.Height, bar);
            canvas.DrawRect(0, Height - 24, Width, 24, bar);
        }

        Painter.DrawBlock(canvas, LayoutTitle(title), Fonts.Bold, TitleBox, text, centre: false);
        var channelBox = new SKRect(TitleBox.Left, Height - 130, Width - 80, Height - 60);
        var channel = TextLayout.Fit(style.ChannelName.ToUpperInvariant(), Fonts.Bold, channelBox.Width, channelBox.Height, 44, 20);
        Painter.DrawBlock(canvas, channel, Fonts.Bold, channelBox, accent, centre: false);
        Painter.SavePng(surface, path);
    }

    private static SKColor Blend(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t), (byte)(a.Blue + (b.Blue - a.Blue) * t));
}
