using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Notifications;

/// <summary>Optional e-mail for the notification events; off while <see cref="Host"/> is empty.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Notifications:Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>True: TLS from the first byte (port 465). False: STARTTLS when the server offers it.</summary>
    public bool UseSsl { get; set; }

    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "YouTube Studio <studio@localhost>";

    /// <summary>Comma-separated recipients.</summary>
    public string? To { get; set; }

    /// <summary>The app's public address (e.g. https://studio.example.com), so mails carry absolute links.</summary>
    public string? LinkBaseUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IReadOnlyList<string> Recipients =>
        (To ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
