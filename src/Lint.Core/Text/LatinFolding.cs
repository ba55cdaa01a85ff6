namespace Lint.Text;

/// <summary>
/// Upper-case ASCII spellings of the Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A and -B,
/// Latin Extended Additional, and the fi/fl ligatures), generated from Unicode's compatibility decompositions with
/// the combining marks removed, plus the letters that do not decompose (ß, æ, ø, ł, đ, ħ, ı, œ, þ, ð). A table
/// rather than string.Normalize, which does nothing under invariant globalization and differs between ICU versions.
/// </summary>
internal static class LatinFolding
{
    // Each entry is a letter followed by its folding; entries are separated by '|'.
    private const string Table =
        "ÀA|ÁA|ÂA|ÃA|ÄA|ÅA|ÆAE|ÇC|ÈE|ÉE|ÊE|ËE|ÌI|ÍI|ÎI|ÏI|ÐD|ÑN|ÒO|ÓO|ÔO|ÕO|ÖO|ØO|ÙU|ÚU|ÛU|ÜU|ÝY|ÞTH|ßSS|àA|" +
        "áA|âA|ãA|äA|åA|æAE|çC|èE|éE|êE|ëE|ìI|íI|îI|ïI|ðD|ñN|òO|óO|ôO|õO|öO|øO|ùU|úU|ûU|üU|ýY|þTH|ÿY|ĀA|āA|" +
        "ĂA|ăA|ĄA|ąA|ĆC|ćC|ĈC|ĉC|ĊC|ċC|ČC|čC|ĎD|ďD|ĐD|đD|ĒE|ēE|ĔE|ĕE|ĖE|ėE|ĘE|ęE|ĚE|ěE|ĜG|ĝG|ĞG|ğG|ĠG|ġG|ĢG|" +
        "ģG|ĤH|ĥH|ĦH|ħH|ĨI|ĩI|ĪI|īI|ĬI|ĭI|ĮI|įI|İI|ıI|ĲIJ|ĳIJ|ĴJ|ĵJ|ĶK|ķK|ĹL|ĺL|ĻL|ļL|ĽL|ľL|ŁL|łL|ŃN|ńN|ŅN|" +
        "ņN|ŇN|ňN|ŌO|ōO|ŎO|ŏO|ŐO|őO|ŒOE|œOE|ŔR|ŕR|ŖR|ŗR|ŘR|řR|ŚS|śS|ŜS|ŝS|ŞS|şS|ŠS|šS|ŢT|ţT|ŤT|ťT|ŨU|ũU|ŪU|" +
        "ūU|ŬU|ŭU|ŮU|ůU|ŰU|űU|ŲU|ųU|ŴW|ŵW|ŶY|ŷY|ŸY|ŹZ|źZ|ŻZ|żZ|ŽZ|žZ|ſS|ƠO|ơO|ƯU|ưU|ǄDZ|ǅDZ|ǆDZ|ǇLJ|ǈLJ|ǉLJ|" +
        "ǊNJ|ǋNJ|ǌNJ|ǍA|ǎA|ǏI|ǐI|ǑO|ǒO|ǓU|ǔU|ǕU|ǖU|ǗU|ǘU|ǙU|ǚU|ǛU|ǜU|ǞA|ǟA|ǠA|ǡA|ǦG|ǧG|ǨK|ǩK|ǪO|ǫO|ǬO|ǭO|ǰJ|" +
        "ǱDZ|ǲDZ|ǳDZ|ǴG|ǵG|ǸN|ǹN|ǺA|ǻA|ȀA|ȁA|ȂA|ȃA|ȄE|ȅE|ȆE|ȇE|ȈI|ȉI|ȊI|ȋI|ȌO|ȍO|ȎO|ȏO|ȐR|ȑR|ȒR|ȓR|ȔU|ȕU|ȖU|" +
        "ȗU|ȘS|șS|ȚT|țT|ȞH|ȟH|ȦA|ȧA|ȨE|ȩE|ȪO|ȫO|ȬO|ȭO|ȮO|ȯO|ȰO|ȱO|ȲY|ȳY|ḀA|ḁA|ḂB|ḃB|ḄB|ḅB|ḆB|ḇB|ḈC|ḉC|ḊD|ḋD|" +
        "ḌD|ḍD|ḎD|ḏD|ḐD|ḑD|ḒD|ḓD|ḔE|ḕE|ḖE|ḗE|ḘE|ḙE|ḚE|ḛE|ḜE|ḝE|ḞF|ḟF|ḠG|ḡG|ḢH|ḣH|ḤH|ḥH|ḦH|ḧH|ḨH|ḩH|ḪH|ḫH|ḬI|" +
        "ḭI|ḮI|ḯI|ḰK|ḱK|ḲK|ḳK|ḴK|ḵK|ḶL|ḷL|ḸL|ḹL|ḺL|ḻL|ḼL|ḽL|ḾM|ḿM|ṀM|ṁM|ṂM|ṃM|ṄN|ṅN|ṆN|ṇN|ṈN|ṉN|ṊN|ṋN|ṌO|ṍO|" +
        "ṎO|ṏO|ṐO|ṑO|ṒO|ṓO|ṔP|ṕP|ṖP|ṗP|ṘR|ṙR|ṚR|ṛR|ṜR|ṝR|ṞR|ṟR|ṠS|ṡS|ṢS|ṣS|ṤS|ṥS|ṦS|ṧS|ṨS|ṩS|ṪT|ṫT|ṬT|ṭT|ṮT|" +
        "ṯT|ṰT|ṱT|ṲU|ṳU|ṴU|ṵU|ṶU|ṷU|ṸU|ṹU|ṺU|ṻU|ṼV|ṽV|ṾV|ṿV|ẀW|ẁW|ẂW|ẃW|ẄW|ẅW|ẆW|ẇW|ẈW|ẉW|ẊX|ẋX|ẌX|ẍX|ẎY|ẏY|" +
        "ẐZ|ẑZ|ẒZ|ẓZ|ẔZ|ẕZ|ẖH|ẗT|ẘW|ẙY|ẛS|ẠA|ạA|ẢA|ảA|ẤA|ấA|ẦA|ầA|ẨA|ẩA|ẪA|ẫA|ẬA|ậA|ẮA|ắA|ẰA|ằA|ẲA|ẳA|ẴA|ẵA|" +
        "ẶA|ặA|ẸE|ẹE|ẺE|ẻE|ẼE|ẽE|ẾE|ếE|ỀE|ềE|ỂE|ểE|ỄE|ễE|ỆE|ệE|ỈI|ỉI|ỊI|ịI|ỌO|ọO|ỎO|ỏO|ỐO|ốO|ỒO|ồO|ỔO|ổO|ỖO|" +
        "ỗO|ỘO|ộO|ỚO|ớO|ỜO|ờO|ỞO|ởO|ỠO|ỡO|ỢO|ợO|ỤU|ụU|ỦU|ủU|ỨU|ứU|ỪU|ừU|ỬU|ửU|ỮU|ữU|ỰU|ựU|ỲY|ỳY|ỴY|ỵY|ỶY|ỷY|" +
        "ỸY|ỹY|ﬀFF|ﬁFI|ﬂFL|ﬃFFI|ﬄFFL|ﬅST|ﬆST|";

    private static readonly Dictionary<char, string> Map = Build();

    /// <summary>The folding of <paramref name="c"/>, or null when it is not a Latin letter with a diacritic.</summary>
    public static string? Fold(char c) => Map.TryGetValue(c, out var folded) ? folded : null;

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        foreach (var entry in Table.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries)) map[entry[0]] = entry.Substring(1);
        return map;
    }
}
