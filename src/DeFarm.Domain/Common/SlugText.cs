using System.Text;

namespace DeFarm.Domain.Common;

/// <summary>Text as a URL-safe slug: lower-case ASCII words joined by hyphens, Latin accents dropped.</summary>
public static class SlugText
{
    // The API runs with invariant globalization, where string.Normalize does not decompose accented letters.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy";

    /// <summary>The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> long; empty when nothing is left.</summary>
    public static string From(string text, int maxLength)
    {
        var words = new StringBuilder();
        foreach (var character in text)
        {
            var accent = Accented.IndexOf(character);
            var letter = accent < 0 ? character : Plain[accent];
            if (char.IsAsciiLetterOrDigit(letter))
            {
                words.Append(char.ToLowerInvariant(letter));
            }
            else if (words.Length > 0 && words[^1] != '-')
            {
                words.Append('-');
            }
        }

        return words.ToString(0, Math.Min(words.Length, maxLength)).Trim('-');
    }
}
