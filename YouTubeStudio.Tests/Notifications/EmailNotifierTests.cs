using YouTubeStudio.Core.Notifications;

namespace YouTubeStudio.Tests.Notifications;

/// <summary>E-mail through MailKit to a fake SMTP server on 127.0.0.1.</summary>
public sealed class EmailNotifierTests
{
    [Fact]
    public async Task Send_WithSmtpHostSet_MailsTheEventToEveryRecipient()
    {
        await using var smtp = new FakeSmtpServer();
        await using var h = await NotificationsHarness.CreateAsync(new()
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "studio@example.test",
            ["Notifications:Smtp:To"] = "ops@example.test, owner@example.test",
            ["Notifications:Smtp:LinkBaseUrl"] = "https://studio.example.test",
        });
        var message = new NotificationMessage(NotificationEvents.VideoFailed, DateTimeOffset.UtcNow, "Video failed: Rust in 60 seconds", "It failed (render_error).", "/queue", false,
            new Dictionary<string, object?> { ["video_id"] = 42L, ["status"] = "failed" });

        var sent = await h.Get<EmailNotifier>().SendAsync(message);

        Assert.True(sent);
        var received = await smtp.FirstMessage.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("<studio@example.test>", received.MailFrom.Split(' ')[0]);
        Assert.Equal(["<ops@example.test>", "<owner@example.test>"], received.RcptTo.Select(r => r.Split(' ')[0]));
        Assert.Contains("Subject: [YouTube Studio] Video failed: Rust in 60 seconds", received.Data);
        Assert.Contains("X-Studio-Event: video.failed", received.Data);
        Assert.Contains("It failed (render_error).", received.Data);
        Assert.Contains("Open: https://studio.example.test/queue", received.Data);
        Assert.Contains("video_id: 42", received.Data);
    }

    [Fact]
    public async Task Send_WithoutSmtpHost_SendsNothing()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var notifier = h.Get<EmailNotifier>();

        Assert.False(notifier.Enabled);
        Assert.False(await notifier.SendAsync(new NotificationMessage("video.ready", DateTimeOffset.UtcNow, "t", "x", null, true, new Dictionary<string, object?>())));
    }
}
