using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// A year of synthetic but plausible analytics for the demo channel, from a fixed seed: a channel that
/// grows over the year, weekly seasonality, noise, a few viral videos, videos whose views decay after
/// publishing, revenue from an RPM that rises in Q4, and the generation costs of the videos the app made.
/// The same end date always gives the same numbers.
/// </summary>
internal static class DemoDataGenerator
{
    public const int Seed = 20261125;
    public const int Days = 365;
    public const int VideoCount = 60;
    public const int GeneratedVideoCount = 12;

    private static readonly string[] Topics =
    [
        "Quantum Computers", "Large Language Models", "GPUs", "SSDs", "5G", "Wi-Fi 7", "USB-C", "OLED Screens",
        "Lithium Batteries", "Solid-State Batteries", "RISC-V", "ARM Chips", "Passkeys", "End-to-End Encryption", "VPNs",
        "DNS", "Fiber Internet", "Starlink", "E-Ink", "Noise Cancelling", "Smartwatch Sensors", "Self-Driving Cars",
        "Heat Pumps", "Nuclear Fusion", "3D Printing", "Docker", "Kubernetes", "Rust", "WebAssembly", "Git",
        "Password Managers", "Two-Factor Authentication", "Bluetooth", "HDR", "Ray Tracing", "Mechanical Keyboards",
        "Smart Home Hubs", "Cloud Storage", "File Compression", "Neural Networks",
    ];

    private static readonly string[] LongTitles =
    [
        "{0}, Explained", "{0} Explained in {1} Minutes", "The Truth About {0}", "{0} for Beginners",
        "What Nobody Tells You About {0}", "{0}: The Complete Guide", "Inside {0}", "{0} vs the Hype",
        "How {0} Changed Everything", "{0} — Explained Simply",
    ];

    private static readonly string[] ShortTitles = ["{0} in 60 Seconds", "{0} in One Minute", "The {0} Trick Nobody Uses", "{0}? Here's the Short Answer"];

    // Monday..Sunday: tech explainers are watched more at weekends.
    private static readonly double[] Weekly = [0.92, 0.94, 0.96, 0.97, 1.05, 1.18, 1.22];

    private static readonly int[] ViralVideos = [11, 27, 38, 52];

    public sealed record DemoVideo(ChannelVideo Video, bool IsShort, bool Generated);

    public sealed record DemoData(
        List<ChannelAnalytics> ChannelDays,
        List<DemoVideo> Videos,
        List<VideoAnalytics> VideoDays,
        List<(Video Video, List<CostEntry> Costs)> Generated);

    public static DemoData Generate(DateOnly end, DateTimeOffset now)
    {
        var rng = new Random(Seed);
        var start = end.AddDays(-(Days - 1));

        // Videos: one about every six days, every fourth a Short.
        var videos = new List<DemoVideo>();
        var plans = new List<(DemoVideo Demo, int PublishIndex, double Peak, double Retention)>();
        for (var i = 0; i < VideoCount; i++)
        {
            var isShort = i % 4 == 3;
            var topic = Topics[(i * 7 + 3) % Topics.Length];
            var publishIndex = Math.Min(Days - 3, 3 + i * 6 + rng.Next(0, 3));
            var duration = isShort ? rng.Next(30, 60) : rng.Next(6 * 60, 16 * 60);
            var title = isShort
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, ShortTitles[rng.Next(ShortTitles.Length)], topic)
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, LongTitles[rng.Next(LongTitles.Length)], topic, duration / 60);
            var publishedAt = new DateTimeOffset(start.AddDays(publishIndex).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
            var video = new ChannelVideo
            {
                YouTubeVideoId = "demo-" + RandomId(rng, 8),
                Title = title,
                Description = $"A clear, jargon-free look at {topic.ToLowerInvariant()}: how it works, why it matters and what comes next.\n\n0:00 Intro\n0:30 How it works\n{(isShort ? "" : "3:00 Myths\n5:00 What's next\n")}\nDemo data — this channel and its numbers are synthetic.",
                Tags = [topic.ToLowerInvariant(), "tech explained", "technology", isShort ? "shorts" : "explainer", topic.Split(' ')[0].ToLowerInvariant()],
                CategoryId = "28",
                PublishedAt = publishedAt,
                DurationSeconds = duration,
                Source = AnalyticsSources.Demo,
                UpdatedAt = now,
            };
            var quality = Math.Exp(Normal(rng) * 0.45);
            var growth = 1 + 1.4 * publishIndex / (double)Days;
            var peak = (isShort ? 3800 : 1400) * quality * growth;
            if (ViralVideos.Contains(i)) peak *= 6 + rng.NextDouble() * 6;
            var retention = isShort ? 0.72 + rng.NextDouble() * 0.2 : 0.36 + rng.NextDouble() * 0.18;
            var demo = new DemoVideo(video, isShort, Generated: i >= VideoCount - GeneratedVideoCount);
            videos.Add(demo);
            plans.Add((demo, publishIndex, peak, retention));
        }

        var videoDays = new List<VideoAnalytics>();
        var channelDays = new List<ChannelAnalytics>();
        for (var dayIndex = 0; dayIndex < Days; dayIndex++)
        {
            var date = start.AddDays(dayIndex);
            var weekly = Weekly[((int)date.DayOfWeek + 6) % 7];
            var rpm = 4.2 * date.Month switch { 11 => 1.25, 12 => 1.4, 1 => 0.8, _ => 1.0 } * (1 + Normal(rng) * 0.06);

            long views = 0, likes = 0, comments = 0, shares = 0, subscribers = 0;
            double minutes = 0;
            decimal revenue = 0;
            foreach (var (demo, publishIndex, peak, retention) in plans)
            {
                var age = dayIndex - publishIndex;
                if (age < 0) continue;
                // Most views come in the first days after publishing, then a long tail from search.
                var curve = 0.8 * Math.Exp(-age / 3.5) + 0.2 * Math.Exp(-age / 60.0) + 0.015;
                var factor = peak * curve * weekly * Math.Max(0.3, 1 + Normal(rng) * 0.12) * (age == 0 ? 0.5 : 1);
                var v = (long)Math.Round(factor);
                if (v <= 0) continue;
                var avd = Math.Round(demo.Video.DurationSeconds!.Value * retention * (1 + Normal(rng) * 0.04), 1);
                var row = new VideoAnalytics
                {
                    YouTubeVideoId = demo.Video.YouTubeVideoId,
                    Date = date,
                    Views = v,
                    AverageViewDurationSeconds = avd,
                    WatchMinutes = Math.Round(v * avd / 60, 1),
                    Likes = (long)Math.Round(v * (demo.IsShort ? 0.06 : 0.045)),
                    Comments = (long)Math.Round(v * 0.004),
                    Shares = (long)Math.Round(v * 0.002),
                    SubscribersGained = (long)Math.Round(v * 0.005),
                    EstimatedRevenueUsd = Math.Round((decimal)(v / 1000.0 * (demo.IsShort ? 0.07 : rpm)), 4),
                    Source = AnalyticsSources.Demo,
                    UpdatedAt = now,
                };
                videoDays.Add(row);
                views += row.Views;
                minutes += row.WatchMinutes;
                likes += row.Likes;
                comments += row.Comments;
                shares += row.Shares;
                subscribers += row.SubscribersGained;
                revenue += row.EstimatedRevenueUsd!.Value;
            }

            // Older videos (before the year shown) keep bringing views too.
            var catalog = (long)Math.Round(900 * (1 + 0.3 * dayIndex / Days) * weekly * Math.Max(0.5, 1 + Normal(rng) * 0.08));
            views += catalog;
            minutes = Math.Round(minutes + catalog * 4.2, 1);
            likes += (long)Math.Round(catalog * 0.035);
            comments += (long)Math.Round(catalog * 0.003);
            shares += (long)Math.Round(catalog * 0.0015);
            revenue += Math.Round((decimal)(catalog / 1000.0 * rpm), 4);
            var gained = subscribers + (long)Math.Round(catalog * 0.002 * Math.Max(0.3, 1 + Normal(rng) * 0.15));
            var lost = (long)Math.Round(gained * 0.18 * Math.Max(0.3, 1 + Normal(rng) * 0.25) + 2);
            var impressions = (long)Math.Round(views * (9 + rng.NextDouble() * 3));
            channelDays.Add(new ChannelAnalytics
            {
                Date = date,
                Views = views,
                WatchMinutes = minutes,
                AverageViewDurationSeconds = Math.Round(minutes * 60 / views, 1),
                SubscribersGained = gained,
                SubscribersLost = lost,
                Likes = likes,
                Comments = comments,
                Shares = shares,
                EstimatedRevenueUsd = revenue,
                Impressions = impressions,
                ImpressionsCtr = Math.Round(views * 100.0 / impressions, 2),
                Source = AnalyticsSources.Demo,
                UpdatedAt = now,
            });
        }

        foreach (var demo in videos)
        {
            var rows = videoDays.Where(r => r.YouTubeVideoId == demo.Video.YouTubeVideoId).ToList();
            demo.Video.Views = rows.Sum(r => r.Views);
            demo.Video.Likes = rows.Sum(r => r.Likes);
            demo.Video.Comments = rows.Sum(r => r.Comments);
        }

        var generated = videos.Where(v => v.Generated).Select(v => GeneratedVideo(v, rng)).ToList();
        return new DemoData(channelDays, videos, videoDays, generated);
    }

    private static (Video, List<CostEntry>) GeneratedVideo(DemoVideo demo, Random rng)
    {
        var created = demo.Video.PublishedAt!.Value.AddHours(-20);
        var seconds = (decimal)demo.Video.DurationSeconds!.Value;
        var characters = Math.Round(seconds * 15);
        var tokens = 1800 + Math.Round(seconds * 6);
        List<CostEntry> costs =
        [
            Cost("script", "openai:gpt-4o-mini", tokens, "tokens", 0.0000012m, created),
            Cost("voice", "elevenlabs", characters, "characters", 0.00018m, created.AddMinutes(2)),
            Cost("visuals", "pexels+skia", 6 + rng.Next(0, 6), "images", 0.02m, created.AddMinutes(4)),
            Cost("assembly", "ffmpeg", Math.Round(seconds / 8 + rng.Next(2, 9), 1), "cpu_seconds", 0.0000277778m, created.AddMinutes(7)),
            Cost("thumbnail", "skia", 0.4m, "cpu_seconds", 0.0000277778m, created.AddMinutes(8)),
            Cost("metadata", "openai:gpt-4o-mini", 900, "tokens", 0.0000012m, created.AddMinutes(9)),
        ];
        var video = new Video
        {
            Topic = demo.Video.Tags[0],
            Format = demo.IsShort ? VideoFormat.Shorts : VideoFormat.Landscape,
            Status = VideoStatus.Published,
            Title = demo.Video.Title,
            Description = demo.Video.Description,
            Tags = [.. demo.Video.Tags],
            DurationSeconds = demo.Video.DurationSeconds,
            CostUsd = costs.Sum(c => c.AmountUsd),
            YouTubeVideoId = demo.Video.YouTubeVideoId,
            PrivacyStatus = "public",
            PublishAt = demo.Video.PublishedAt,
            PublishedAt = demo.Video.PublishedAt,
            CreatedAt = created,
            UpdatedAt = demo.Video.PublishedAt!.Value,
        };
        return (video, costs);
    }

    private static CostEntry Cost(string stage, string provider, decimal units, string unit, decimal unitPrice, DateTimeOffset at) => new()
    {
        Stage = stage,
        Provider = provider,
        Units = units,
        Unit = unit,
        UnitPriceUsd = unitPrice,
        AmountUsd = new CostLine(provider, units, unit, unitPrice).AmountUsd,
        CreatedAt = at,
    };

    private static string RandomId(Random rng, int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(length, rng, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[r.Next(alphabet.Length)];
        });
    }

    // Box-Muller: a standard normal from the seeded generator.
    private static double Normal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
