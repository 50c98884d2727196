using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace YouTubeStudio.Core.Notifications;

/// <summary>Mails notification events through SMTP (MailKit) when <c>Notifications:Smtp:Host</c> is set.</summary>
public sealed partial class EmailNotifier(IOptions<SmtpOptions> options, ILogger<EmailNotifier> logger)
{
    public bool Enabled => options.Value.Enabled && options.Value.Recipients.Count > 0;

    /// <summary>Sends the message to every configured recipient; false (and a log line) when it could not.</summary>
    public async Task<bool> SendAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (!Enabled) return false;
        try
        {
            var mail = new MimeMessage();
            mail.From.Add(MailboxAddress.Parse(o.From));
            foreach (var to in o.Recipients) mail.To.Add(MailboxAddress.Parse(to));
            mail.Subject = $"[YouTube Studio] {message.Title}";
            mail.Headers.Add("X-Studio-Event", message.Event);
            mail.Body = new TextPart("plain") { Text = Body(message, o.LinkBaseUrl) };

            using var client = new SmtpClient();
            client.Timeout = 15_000;
            await client.ConnectAsync(o.Host!, o.Port, o.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (!string.IsNullOrEmpty(o.User)) await client.AuthenticateAsync(o.User, o.Password ?? "", cancellationToken);
            await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            LogSent(message.Event, o.Recipients.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The password is never part of the message: MailKit's exceptions name the server and the reply.
            LogFailed(message.Event, o.Host, o.Port, ex.GetType().Name, ex.Message);
            return false;
        }
    }

    private static string Body(NotificationMessage message, string? baseUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(message.Text).AppendLine();
        if (message.Link is { } link)
        {
            text.Append("Open: ").AppendLine(string.IsNullOrWhiteSpace(baseUrl) ? link : baseUrl.TrimEnd('/') + link).AppendLine();
        }
        text.Append("event: ").AppendLine(message.Event);
        text.Append("occurred_at: ").AppendLine(message.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
        foreach (var (key, value) in message.Data.Where(kv => kv.Value is not null))
        {
            text.Append(key).Append(": ").AppendLine(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailed {Event} to {Count} recipient(s)")]
    private partial void LogSent(string @event, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing {Event} through {Host}:{Port} failed: {ErrorType}: {Error}")]
    private partial void LogFailed(string @event, string? host, int port, string errorType, string error);
}
