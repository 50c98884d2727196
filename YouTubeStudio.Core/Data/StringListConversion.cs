using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace YouTubeStudio.Core.Data;

/// <summary>Stores a list of strings (tags) as one JSON text column, compared by content so edits are saved.</summary>
internal static class StringListConversion
{
    public static PropertyBuilder<List<string>> HasJsonConversion(this PropertyBuilder<List<string>> property)
    {
        property.HasConversion(
                t => JsonSerializer.Serialize(t, (JsonSerializerOptions?)null),
                s => JsonSerializer.Deserialize<List<string>>(s, (JsonSerializerOptions?)null) ?? new List<string>())
            .Metadata.SetValueComparer(new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), l => l.ToList()));
        return property;
    }
}
