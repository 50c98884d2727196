using System.Text;

namespace YouTubeStudio.Bench;

/// <summary>Reads every CSV of a folder (RFC 4180: quoted fields may hold commas, quotes and newlines) as header → value rows.</summary>
internal static class CsvFiles
{
    public static IEnumerable<Dictionary<string, string>> Read(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            string[]? header = null;
            foreach (var record in Records(reader))
            {
                if (header is null)
                {
                    header = record;
                    continue;
                }

                var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["_file"] = Path.GetFileName(file) };
                for (var i = 0; i < header.Length; i++)
                {
                    row[header[i]] = i < record.Length ? record[i] : "";
                }

                yield return row;
            }
        }
    }

    private static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
