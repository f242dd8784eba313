// Package deep has deeply nested and mutually recursive types.
package deep

type L0 struct {
	Next     *L1    `bson:"next"`
	Password string `bson:"password"`
	Items    []L0   `bson:"items"`
}

type L1 struct {
	Next     *L2    `bson:"next"`
	Password string `bson:"password"`
	Items    []L1   `bson:"items"`
}

type L2 struct {
	Next     *L3    `bson:"next"`
	Password string `bson:"password"`
	Items    []L2   `bson:"items"`
}

type L3 struct {
	Next     *L4    `bson:"next"`
	Password string `bson:"password"`
	Items    []L3   `bson:"items"`
}

type L4 struct {
	Next     *L5    `bson:"next"`
	Password string `bson:"password"`
	Items    []L4   `bson:"items"`
}

type L5 struct {
	Next     *L6    `bson:"next"`
	Password string `bson:"password"`
	Items    []L5   `bson:"items"`
}

type L6 struct {
	Next     *L7    `bson:"next"`
	Password string `bson:"password"`
	Items    []L6   `bson:"items"`
}

type L7 struct {
	Next     *L8    `bson:"next"`
	Password string `bson:"password"`
	Items    []L7   `bson:"items"`
}

type L8 struct {
	Next     *L9    `bson:"next"`
	Password string `bson:"password"`
	Items    []L8   `bson:"items"`
}

type L9 struct {
	Next     *L10   `bson:"next"`
	Password string `bson:"password"`
	Items    []L9   `bson:"items"`
}

type L10 struct {
	Next     *L11   `bson:"next"`
	Password string `bson:"password"`
	Items    []L10  `bson:"items"`
}

type L11 struct {
	Next     *L12   `bson:"next"`
	Password string `bson:"password"`
	Items    []L11  `bson:"items"`
}

type L12 struct {
	Next     *L13   `bson:"next"`
	Password string `bson:"password"`
	Items    []L12  `bson:"items"`
}

type L13 struct {
	Next     *L14   `bson:"next"`
	Password string `bson:"password"`
	Items    []L13  `bson:"items"`
}

type L14 struct {
	Next     *L15   `bson:"next"`
	Password string `bson:"password"`
	Items    []L14  `bson:"items"`
}

type L15 struct {
	Next     *L16   `bson:"next"`
	Password string `bson:"password"`
	Items    []L15  `bson:"items"`
}

type L16 struct {
	Next     *L17   `bson:"next"`
	Password string `bson:"password"`
	Items    []L16  `bson:"items"`
}

type L17 struct {
	Next     *L18   `bson:"next"`
	Password string `bson:"password"`
	Items    []L17  `bson:"items"`
}

type L18 struct {
	Next     *L19   `bson:"next"`
	Password string `bson:"password"`
	Items    []L18  `bson:"items"`
}

type L19 struct {
	Next     *L20   `bson:"next"`
	Password string `bson:"password"`
	Items    []L19  `bson:"items"`
}

type L20 struct {
	Next     *L21   `bson:"next"`
	Password string `bson:"password"`
	Items    []L20  `bson:"items"`
}

type L21 struct {
	Next     *L22   `bson:"next"`
	Password string `bson:"password"`
	Items    []L21  `bson:"items"`
}

type L22 struct {
	Next     *L23   `bson:"next"`
	Password string `bson:"password"`
	Items    []L22  `bson:"items"`
}

type L23 struct {
	Next     *L24   `bson:"next"`
	Password string `bson:"password"`
	Items    []L23  `bson:"items"`
}

type L24 struct {
	Next     *L25   `bson:"next"`
	Password string `bson:"password"`
	Items    []L24  `bson:"items"`
}

type L25 struct {
	Next     *L26   `bson:"next"`
	Password string `bson:"password"`
	Items    []L25  `bson:"items"`
}

type L26 struct {
	Next     *L27   `bson:"next"`
	Password string `bson:"password"`
	Items    []L26  `bson:"items"`
}

type L27 struct {
	Next     *L28   `bson:"next"`
	Password string `bson:"password"`
	Items    []L27  `bson:"items"`
}

type L28 struct {
	Next     *L29   `bson:"next"`
	Password string `bson:"password"`
	Items    []L28  `bson:"items"`
}

type L29 struct {
	Next     *L30   `bson:"next"`
	Password string `bson:"password"`
	Items    []L29  `bson:"items"`
}

type L30 struct {
	Next     *L31   `bson:"next"`
	Password string `bson:"password"`
	Items    []L30  `bson:"items"`
}

type L31 struct {
	Next     *L32   `bson:"next"`
	Password string `bson:"password"`
	Items    []L31  `bson:"items"`
}

type L32 struct {
	Next     *L33   `bson:"next"`
	Password string `bson:"password"`
	Items    []L32  `bson:"items"`
}

type L33 struct {
	Next     *L34   `bson:"next"`
	Password string `bson:"password"`
	Items    []L33  `bson:"items"`
}

type L34 struct {
	Next     *L35   `bson:"next"`
	Password string `bson:"password"`
	Items    []L34  `bson:"items"`
}

type L35 struct {
	Next     *L36   `bson:"next"`
	Password string `bson:"password"`
	Items    []L35  `bson:"items"`
}

type L36 struct {
	Next     *L37   `bson:"next"`
	Password string `bson:"password"`
	Items    []L36  `bson:"items"`
}

type L37 struct {
	Next     *L38   `bson:"next"`
	Password string `bson:"password"`
	Items    []L37  `bson:"items"`
}

type L38 struct {
	Next     *L39   `bson:"next"`
	Password string `bson:"password"`
	Items    []L38  `bson:"items"`
}

type L39 struct {
	Next     *L40   `bson:"next"`
	Password string `bson:"password"`
	Items    []L39  `bson:"items"`
}

type L40 struct {
	Next     *L41   `bson:"next"`
	Password string `bson:"password"`
	Items    []L40  `bson:"items"`
}

type L41 struct {
	Next     *L42   `bson:"next"`
	Password string `bson:"password"`
	Items    []L41  `bson:"items"`
}

type L42 struct {
	Next     *L43   `bson:"next"`
	Password string `bson:"password"`
	Items    []L42  `bson:"items"`
}

type L43 struct {
	Next     *L44   `bson:"next"`
	Password string `bson:"password"`
	Items    []L43  `bson:"items"`
}

type L44 struct {
	Next     *L45   `bson:"next"`
	Password string `bson:"password"`
	Items    []L44  `bson:"items"`
}

type L45 struct {
	Next     *L46   `bson:"next"`
	Password string `bson:"password"`
	Items    []L45  `bson:"items"`
}

type L46 struct {
	Next     *L47   `bson:"next"`
	Password string `bson:"password"`
	Items    []L46  `bson:"items"`
}

type L47 struct {
	Next     *L48   `bson:"next"`
	Password string `bson:"password"`
	Items    []L47  `bson:"items"`
}

type L48 struct {
	Next     *L49   `bson:"next"`
	Password string `bson:"password"`
	Items    []L48  `bson:"items"`
}

type L49 struct {
	Next     *L50   `bson:"next"`
	Password string `bson:"password"`
	Items    []L49  `bson:"items"`
}

type L50 struct {
	Next     *L51   `bson:"next"`
	Password string `bson:"password"`
	Items    []L50  `bson:"items"`
}

type L51 struct {
	Next     *L52   `bson:"next"`
	Password string `bson:"password"`
	Items    []L51  `bson:"items"`
}

type L52 struct {
	Next     *L53   `bson:"next"`
	Password string `bson:"password"`
	Items    []L52  `bson:"items"`
}

type L53 struct {
	Next     *L54   `bson:"next"`
	Password string `bson:"password"`
	Items    []L53  `bson:"items"`
}

type L54 struct {
	Next     *L55   `bson:"next"`
	Password string `bson:"password"`
	Items    []L54  `bson:"items"`
}

type L55 struct {
	Next     *L56   `bson:"next"`
	Password string `bson:"password"`
	Items    []L55  `bson:"items"`
}

type L56 struct {
	Next     *L57   `bson:"next"`
	Password string `bson:"password"`
	Items    []L56  `bson:"items"`
}

type L57 struct {
	Next     *L58   `bson:"next"`
	Password string `bson:"password"`
	Items    []L57  `bson:"items"`
}

type L58 struct {
	Next     *L59   `bson:"next"`
	Password string `bson:"password"`
	Items    []L58  `bson:"items"`
}

type L59 struct {
	Next     *L0    `bson:"next"`
	Password string `bson:"password"`
	Items    []L59  `bson:"items"`
}

func nested(x int) int {
	return ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1)
}

const URI = "mongodb://deep.example.com/app"
