"""Japanese for the problems the admin's imports and forms report (ui/screens/admin_problems)."""

TERMS = {
    "this row has %1 cells, the header only %2": "この行は %1 列ありますが、見出しは %2 列です",
    "quote cells that contain a comma": "カンマを含むセルは \"…\" で囲んでください",
    "'%1' is not a prefecture": "「%1」は都道府県名ではありません",
    "no prefecture": "都道府県が空欄です",
    "e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; '全国(既定)' or '*' for the "
    "default row": "例: 北海道、東京都、大阪、または 関東 などの地域。全国共通の行は「全国(既定)」"
    "か「*」",
    "%1 is also in row %2": "%1 は %2行目にもあります",
    "keep one row per prefecture or region": "都道府県・地域ごとに1行にしてください",
    "'%1' is not an amount in yen": "「%1」は金額(円)ではありません",
    "whole yen from 0 to %1, e.g. 1980 or 1,980": "0〜%1 の整数(円)。例: 1980 または 1,980",
    "type the amount itself (no formula, no minus sign): %1":
        "数式やマイナスではなく金額そのものを入力してください。%1",
    "no price for %1 here nor in the default row":
        "%1 の運賃が、このセルにも全国(既定)の行にもありません",
    "fill in this cell or the default row's": "このセルか、全国(既定)の行に運賃を入れてください",
    "no row for %1 and no default row (全国(既定))": "%1 の行も、全国(既定)の行もありません",
    "add a row for %1 or its region (%2), or a row '全国(既定)' with the price for every "
    "prefecture without a row": "%1 か地域(%2)の行、または行のない都道府県すべてに使う"
    "「全国(既定)」の行を追加してください",
    "the first column must be the destination prefecture": "1列目は届け先の都道府県にしてください",
    "put the '都道府県' column first, then one column per size class":
        "「都道府県」列を先頭に置き、続けてサイズ区分ごとに1列にしてください",
    "'%1' is not a size class of this service":
        "「%1」はこの配送サービスのサイズ区分ではありません",
    "name each column after a size class: %1": "列名はサイズ区分にしてください: %1",
    "columns '%1' and '%2' are both size class %3": "列「%1」と「%2」がどちらもサイズ区分 %3 です",
    "delete one of them": "どちらか一方を削除してください",
    "no column for size class %1": "サイズ区分 %1 の列がありません",
    "add a column '%1' with its prices": "「%1」列を追加して運賃を入れてください",
    "prices in a column without a size class in row 1": "1行目にサイズ区分のない列に運賃があります",
    "write the size class in row 1 or delete the column":
        "1行目にサイズ区分を書くか、その列を削除してください",
    "byte %1 at byte offset %2 is neither UTF-8 nor cp932 (Shift_JIS)":
        "%2バイト目の %1 は UTF-8 でも cp932 (Shift_JIS) でもありません",
    "save the file as 'CSV UTF-8' or as 'CSV (Shift_JIS)' and import it again":
        "「CSV UTF-8」か「CSV (Shift_JIS)」で保存し直して、もう一度取り込んでください",
    "the file has no header row": "見出し行がありません",
    "the first row must name the columns": "1行目に列名を書いてください",
    "not valid CSV: %1": "CSVとして読めません: %1",
    "check the quotes in this row": "この行の \" (ダブルクォート) を確認してください",
    "%1 more problems not listed": "ほかに %1 件あります",
    "fix the ones above and import again to see the rest":
        "上の件を直して取り込み直すと、残りを表示します",
    "'%1' cannot be written in cp932": "「%1」は cp932 (Shift_JIS) で書けません",
    "export as UTF-8": "UTF-8 で出力してください",
    "%1 are not three sizes in millimetres": "%1 は3辺の寸法(mm)になっていません",
    "three whole numbers from 1 to %1": "1〜%1 の整数を3つ入れてください",
    "the inside %1 is larger than the outside %2 on some side":
        "内寸 %1 が外寸 %2 より大きい辺があります",
    "the inside fits in the outside: check both, in millimetres":
        "内寸は外寸に収まります。両方を mm で確認してください",
    "%1 is out of range": "%1 は範囲外です",
    "a whole number from %1 to %2": "%1〜%2 の整数",
    "no carrier '%1'": "配送会社「%1」は登録されていません",
    "choose one of the carriers": "配送会社を一覧から選んでください",
    "no carrier": "配送会社が選ばれていません",
    "choose the carrier": "配送会社を選んでください",
    "a service needs at least one size class": "サイズ区分が1つもありません",
    "add a size class": "サイズ区分を追加してください",
    "a delivery time slot is empty, too long or given twice":
        "配達時間帯に空欄・長すぎるもの・重複があります",
    "list each slot once, e.g. 午前中, 14-16": "時間帯を1回ずつ並べてください (例: 午前中, 14-16)",
    "size class '%1' is also in row %2": "サイズ区分「%1」は %2行目にもあります",
    "give each size class its own name": "サイズ区分ごとに別の名前を付けてください",
    "%1 is not a positive limit": "%1 は上限値として使えません",
    "a whole number from 1 to %1, or empty for no limit": "1〜%1 の整数。制限なしなら空欄",
    "%1 prices are not yen for a prefecture": "都道府県の運賃として不正な値が %1 件あります",
    "import the rate table as CSV": "運賃表はCSVで取り込んでください",
    "the same as surcharge %1": "%1行目の割増と同じです",
    "unknown kind": "種類が不明です",
    "use one of: %1": "次のどれかにしてください: %1",
    "%1 is not a price": "%1 は料金として使えません",
    "whole yen from 0 to %1": "0〜%1 の整数(円)",
    "'%1' is not a size class": "「%1」はサイズ区分ではありません",
    "'%1' is not a prefecture code": "「%1」は都道府県コードではありません",
    "a JIS code from 1 to 47": "JISコード 1〜47",
    "no upper amount for the COD band": "代引手数料の代引金額 上限がありません",
    "the largest amount it covers": "その手数料になる代引金額の上限を入れてください",
    "cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it":
        "クール便可ですが、どのサイズ区分にもクール料金がないため、クール便を送れません",
    "add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool":
        "クール対象の区分に冷蔵・冷凍の料金を追加するか、クール便可を外してください",
    "COD is ticked but there is no COD fee band": "代金引換可ですが、代引手数料がありません",
    "add the COD fee bands, or untick COD": "代引手数料を追加するか、代金引換可を外してください",
    "Problems|empty": "空欄です",
    "fill it in": "入力してください",
    "longer than %1 characters": "%1文字を超えています",
    "shorten it": "短くしてください",
    "'%1' starts with = + - @ or holds a control character":
        "「%1」が = + - @ で始まるか、制御文字を含んでいます",
    "start it with a letter or a digit (spreadsheets run such cells as formulas)":
        "文字か数字で始めてください (表計算ソフトが数式として実行するため)",
    "'%1' is not a valid limit": "「%1」は上限値として使えません",
    "a whole number of millimetres from 1 to %1, or empty for no limit":
        "1〜%1 の整数 (mm)。制限なしなら空欄",
    "a whole number of grams from 1 to %1, or empty for no limit":
        "1〜%1 の整数 (g)。制限なしなら空欄",
    "type the number itself, not a formula: %1": "数式ではなく数値そのものを入力してください。%1",
    "e.g. 沖縄県, 北海道 or 47": "例: 沖縄県、北海道、47",
    "fill in the amount in yen": "金額(円)を入力してください",
    "not filled in": "未入力です",
    "measure it and type the whole number of %1: thin services need the real size":
        "実物を測って %1 の整数で入力してください (薄型便の判定に実寸が必要です)",
    "a whole number of %1 from 1 to %2": "1〜%2 の整数 (%1)",
}
