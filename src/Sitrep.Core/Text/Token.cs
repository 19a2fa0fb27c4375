namespace Sitrep.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A token of the body: offsets, its folded form and the flags matching needs.</summary>
/// <param name="Norm">Folded form (lower case, no diacritics, no apostrophes); punctuation keeps its character.</param>
/// <param name="Capitalized">Starts with an upper-case letter.</param>
/// <param name="AllCaps">Two or more letters, all upper case.</param>
/// <param name="Article">An Arabic article joined to the next word by a hyphen ("al-").</param>
/// <param name="Possessive">Followed by 's or ’s, which is not part of the token.</param>
/// <param name="Id">The word's number in the word table the text was tokenized with (<see cref="Knowledge.WordIds.IdOf(string)"/>), -1 without one.</param>
/// <param name="PrefixId">The number of the word's prefix cue head in that table (<see cref="Knowledge.WordIds.PrefixIdOf"/>), -1 without one.</param>
public sealed record Token(int Start, int End, TokenKind Kind, string Norm, bool Capitalized, bool AllCaps, bool Article, bool Possessive, int Id = -1, int PrefixId = -1)
{
    public int Length => End - Start;
}
