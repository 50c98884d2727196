using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace YouTubeStudio.Core.Notifications;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.ProtectedSecret).HasMaxLength(2000);
        builder.Property(w => w.Events).HasMaxLength(1000);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Event).HasMaxLength(64);
        builder.Property(d => d.PayloadJson).HasMaxLength(20_000);
        builder.Property(d => d.Error).HasMaxLength(2000);
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });
        builder.HasIndex(d => new { d.Succeeded, d.NextAttemptAt });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.UserId).HasMaxLength(64);
        builder.Property(n => n.Kind).HasMaxLength(64);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Message).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}
