package io.newsdesk.answer.question;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Small immutable English word lists the reader relies on (stop words, type lexicon, gazetteer). */
public final class WordLists {

    public static final Set<String> STOP_WORDS = words("a", "an", "the", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
        "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "him",
        "we", "you", "i", "me", "my", "our", "your", "as", "into", "than", "then", "so", "not", "no", "up",
        "out", "about", "over", "after", "before", "also", "just", "now", "there", "here", "one", "s", "'s",
        "’s", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "much", "many", "following",
        "according", "recently", "currently", "reportedly", "new", "week", "year", "last", "said", "says", "if");

    static final Set<String> WH_WORDS = words("who", "whom", "whose", "what", "which", "when", "where", "why",
        "how");

    public static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec");

    public static final Set<String> WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday");

    static final Set<String> NUMBER_WORDS = words("one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "millions", "first", "second",
        "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    static final Set<String> SCALES = words("million", "billion", "trillion", "thousand", "hundred", "m", "bn",
        "k", "mn");

    public static final Set<String> PERSON_TITLES = words("mr", "mrs", "ms", "dr", "president", "sen", "senator",
        "rep", "gov", "governor", "minister", "secretary", "judge", "prince", "princess", "king", "queen", "pope",
        "ceo", "chancellor", "mayor", "actor", "actress", "singer", "rapper", "star", "coach", "director",
        "justice", "general", "gen", "lt", "sir", "dame", "lord", "chairman", "founder", "officer");

    public static final Set<String> ORG_WORDS = words("inc", "corp", "corporation", "company", "co", "ltd", "llc",
        "plc", "group", "university", "college", "party", "association", "union", "bank", "airlines", "airways",
        "council", "committee", "court", "agency", "department", "ministry", "administration", "foundation",
        "institute", "organization", "organisation", "club", "fc", "motors", "news", "times", "post", "network",
        "commission", "office", "service", "nations", "alliance", "fund", "forces", "army", "league", "board",
        "authority", "society", "team");

    /** The world's countries (UN members and observers, plus common short and constituent-country names). */
    public static final Set<String> COUNTRIES = words("afghanistan", "albania", "algeria", "andorra", "angola",
        "antigua and barbuda", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain",
        "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia",
        "bosnia and herzegovina", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi",
        "cabo verde", "cape verde", "cambodia", "cameroon", "canada", "central african republic", "chad", "chile",
        "china", "colombia", "comoros", "congo", "democratic republic of the congo", "costa rica", "croatia",
        "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica", "dominican republic",
        "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea", "estonia", "eswatini", "ethiopia", "fiji",
        "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala",
        "guinea", "guinea-bissau", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
        "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
        "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
        "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
        "marshall islands", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
        "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands",
        "holland", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman",
        "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland",
        "portugal", "qatar", "romania", "russia", "russian federation", "rwanda", "saint kitts and nevis",
        "saint lucia", "samoa", "san marino", "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone",
        "singapore", "slovakia", "slovenia", "solomon islands", "somalia", "south africa", "south korea",
        "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
        "tajikistan", "tanzania", "thailand", "timor-leste", "east timor", "togo", "tonga", "trinidad and tobago",
        "tunisia", "turkey", "turkiye", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine",
        "united arab emirates", "uae", "united kingdom", "uk", "britain", "great britain", "england", "scotland",
        "wales", "northern ireland", "united states", "united states of america", "us", "usa", "america", "uruguay",
        "uzbekistan", "vanuatu", "vatican", "vatican city", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe");

    /** The states of the United States (for "which state ...?"). */
    public static final Set<String> US_STATES = words("alabama", "alaska", "arizona", "arkansas", "california",
        "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
        "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
        "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
        "west virginia", "wisconsin", "wyoming");

    public static final Set<String> LOCATIONS = words("afghanistan", "argentina", "australia", "austria", "belgium",
        "brazil", "canada", "chile", "china", "colombia", "cuba", "denmark", "egypt", "england", "ethiopia",
        "finland", "france", "germany", "greece", "haiti", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "japan", "kenya", "korea", "lebanon", "libya", "mexico", "morocco", "nepal",
        "netherlands", "nigeria", "norway", "pakistan", "peru", "philippines", "poland", "portugal", "qatar",
        "russia", "scotland", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "thailand", "turkey",
        "uganda", "ukraine", "uk", "us", "usa", "venezuela", "vietnam", "wales", "yemen", "gaza", "europe", "asia",
        "africa", "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
        "vermont", "virginia", "washington", "wisconsin", "wyoming", "london", "paris", "moscow", "beijing",
        "tokyo", "berlin", "rome", "madrid", "dubai", "chicago", "boston", "miami", "seattle", "atlanta",
        "houston", "dallas", "denver", "phoenix", "york", "jersey", "carolina", "dakota", "hampshire",
        "angeles", "francisco", "vegas", "kyiv", "kiev", "jerusalem", "hong", "kong", "singapore", "sydney",
        "arabia", "lanka", "myanmar", "bahamas", "moldova", "belarus", "georgia",
        "armenia", "azerbaijan", "kazakhstan", "mongolia", "bangladesh", "malaysia", "zealand", "fiji", "jamaica",
        "bolivia", "ecuador", "uruguay", "paraguay", "panama", "guatemala", "honduras", "nicaragua", "salvador",
        "rica", "greenland", "iceland", "hungary", "romania", "bulgaria", "serbia", "croatia", "bosnia",
        "slovakia", "slovenia", "czechia", "lithuania", "latvia", "estonia", "cyprus", "malta", "jordan",
        "kuwait", "bahrain", "oman", "algeria", "tunisia", "ghana", "senegal", "mali", "niger", "somalia",
        "rwanda", "congo", "zimbabwe", "zambia", "tanzania", "mozambique", "angola", "namibia", "botswana",
        "madagascar", "cambodia", "laos", "korea", "antarctica", "crimea", "donbas", "kherson", "kharkiv",
        "odesa", "mariupol", "bakhmut", "rafah", "tehran", "kabul", "baghdad", "cairo", "istanbul", "ankara",
        "delhi", "mumbai", "shanghai", "seoul", "manila", "jakarta", "bangkok", "toronto", "vancouver",
        "montreal", "ottawa", "quebec", "ontario", "alberta", "manchester", "liverpool", "birmingham",
        "edinburgh", "glasgow", "dublin", "belfast", "barcelona", "milan", "munich", "vienna", "prague",
        "warsaw", "budapest", "amsterdam", "brussels", "geneva", "zurich", "stockholm", "oslo", "helsinki",
        "copenhagen", "athens", "lisbon", "cleveland", "detroit", "baltimore", "philadelphia", "pittsburgh",
        "minneapolis", "brooklyn", "orleans", "tampa", "orlando", "nashville", "memphis", "portland",
        "sacramento", "diego", "jose", "austin", "antonio", "charlotte", "indianapolis", "columbus", "buffalo",
        "milwaukee", "oakland", "hawaii", "honolulu", "anchorage", "caribbean", "pacific", "atlantic",
        "mediterranean", "hollywood", "manhattan", "bronx", "queens", "oxford", "cambridge", "kent", "yorkshire",
        "federation", "republic", "kingdom", "emirates", "states");

    /** Last words of event and title names ("Super Bowl", "Academy Awards") that are not people. */
    public static final Set<String> EVENT_WORDS = words("awards", "award", "bowl", "cup", "house", "finals", "final",
        "games", "olympics", "series", "prize", "festival", "championship", "championships", "open", "summit",
        "conference", "convention", "act", "bill", "treaty", "day", "week", "show", "tour", "street", "avenue",
        "square", "bridge", "canal", "river", "island", "islands", "mountains", "valley", "park", "airport",
        "station", "stadium", "arena", "garden", "gardens", "palace", "castle", "hospital", "prison", "centre",
        "center", "building", "tower", "hall", "church", "cathedral", "museum", "gallery");

    static final Map<String, AnswerType> HEAD_NOUN_TYPES = headNounTypes();

    private WordLists() {
    }

    /** An immutable set that tolerates repeated entries in the lists above. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    private static Map<String, AnswerType> headNounTypes() {
        Map<String, AnswerType> map = new HashMap<>();
        put(map, AnswerType.ORGANIZATION, "company", "firm", "organisation", "organization", "team", "group",
            "agency", "party", "union", "club", "business", "brand", "retailer", "chain", "airline", "bank",
            "network", "carmaker", "automaker", "manufacturer", "university", "school", "college", "newspaper",
            "restaurant", "store", "startup", "giant", "outlet", "league", "band", "court", "body", "institution",
            "charity", "studio", "broadcaster", "supermarket", "publisher", "maker", "government");
        put(map, AnswerType.LOCATION, "city", "country", "state", "island", "islands", "region", "town", "nation",
            "place", "continent", "county", "province", "capital", "territory", "area", "village", "location",
            "site", "river", "mountain", "lake", "ocean", "sea", "border", "park", "airport", "neighborhood",
            "district", "port", "waterway", "canal");
        put(map, AnswerType.PERSON, "president", "ceo", "actor", "actress", "singer", "person", "man", "woman",
            "leader", "player", "politician", "athlete", "star", "celebrity", "artist", "musician", "author",
            "writer", "director", "candidate", "senator", "governor", "minister", "official", "judge", "king",
            "queen", "prince", "princess", "rapper", "comedian", "host", "figure", "billionaire", "founder",
            "executive", "footballer", "golfer", "driver", "chef", "murderer", "individual", "member", "people",
            "lawmaker", "justice", "mayor", "boss", "coach", "pope", "monarch", "royal", "entrepreneur", "tycoon");
        put(map, AnswerType.DATE, "year", "date", "day", "month", "time", "season", "decade", "century");
        put(map, AnswerType.NAME, "app", "product", "film", "movie", "book", "show", "event", "song", "album",
            "series", "game", "platform", "website", "drug", "vaccine", "award", "prize", "ship", "car", "model",
            "device", "phone", "novel", "program", "programme", "festival", "storm", "hurricane", "tv", "network",
            "opera", "play", "musical", "variant", "holiday", "treaty", "law", "bill", "operation", "mission");
        put(map, AnswerType.PERCENT, "percentage", "percent", "proportion", "share");
        put(map, AnswerType.MONEY, "price", "cost", "amount", "value", "fine", "salary", "budget", "worth");
        put(map, AnswerType.NUMBER, "number", "total", "age", "population", "count");
        return Map.copyOf(map);
    }

    private static void put(Map<String, AnswerType> map, AnswerType type, String... nouns) {
        for (String noun : nouns) {
            map.putIfAbsent(noun, type);
        }
    }
}
