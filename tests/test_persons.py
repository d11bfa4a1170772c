"""Persons: officials with title and org, name-then-title, bylines, photo credits; non-persons."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.extract.names import (
    foreign_name_after, foreign_name_before, is_foreign_name, is_name, is_person_name, is_place, name_after,
)
from govtext.extract.persons import split_org
from govtext.lexicons import lexicon_dir, load_words

PERSONS = [
    # (id, sentence, surface, name, title, org)
    # title + name
    ("title-name", "活动中，区委书记杨超以“学习践行", "区委书记杨超", "杨超", "区委书记", None),
    ("title-name-2", "在新兴村，区长胡玉华通过组织座谈", "区长胡玉华", "胡玉华", "区长", None),
    ("blank-line-wrap", "脚上沾有多少泥土，心中就能沉淀多少真情。活动开展以来，区委\n\n书记杨超、区长胡玉华不定时间、不定路线",
     "区委\n\n书记杨超", "杨超", "区委书记", None),
    ("wrap-after-first-char", "在机关，7月下旬，洮北区各套班子相继召开专题民主生活会。区\n委书记杨超代表常委班子作对照检查，主动",
     "区\n委书记杨超", "杨超", "区委书记", None),
    ("glued-given-name", "在辉煌村，区委书记杨超访民情，察民忧", "区委书记杨超", "杨超", "区委书记", None),
    ("three-char-name", "县委常委、宣传部部长王红梅主持会议。", "县委常委、宣传部部长王红梅", "王红梅", "常委、宣传部部长", "县委"),
    # organization split off
    ("org-level-district", "今年4月，海曙区委书记朱刚赴段塘街道", "海曙区委书记朱刚", "朱刚", "区委书记", "海曙区"),
    ("org-level-city-traditional", "剛剛啟動,撫順市委書記王桂芬代表市委班子", "撫順市委書記王桂芬", "王桂芬", "市委书记", "抚顺市"),
    ("org-newspaper", "邀请吉林日报社社长邴正同志作", "吉林日报社社长邴正", "邴正", "社长", "吉林日报社"),
    ("org-centre", "邀請中央特約評論員楊禹和省政協", "中央特約評論員楊禹", "杨禹", "特约评论员", "中央"),
    ("two-roles", "楊禹和省政協常委、文化和文史資料委員會主任張鳳羽作了兩次輔導", "省政協常委、文化和文史資料委員會主任張鳳羽",
     "张凤羽", "常委、文化和文史资料委员会主任", "省政协"),
    ("state-council", "国务院总理李克强主持召开国务院常务会议", "国务院总理李克强", "李克强", "总理", "国务院"),
    # name then title
    ("name-first", "学习习近平总书记系列重要讲话精神", "习近平总书记", "习近平", "总书记", None),
    ("name-first-traditional", "學習貫徹習近平總書記系列講話精神", "習近平總書記", "习近平", "总书记", None),
    # bylines and photo credits
    ("bullet-byline", "华美的新乐章\n●白 雪\n", "●白 雪", "白雪", "作者", None),
    ("photo-credit", "征求座谈会。 王维俊摄\n", "王维俊摄", "王维俊", "摄影", None),
    ("photo-credit-spaced", "清理垃圾。（王维俊 摄）\n", "王维俊 摄", "王维俊", "摄影", None),
    ("photo-credit-after-role", "图为社区干部走访群众。 本报记者 陈静摄\n", "陈静摄", "陈静", "摄影", None),
    ("reporter-byline", "\n海曙记者站 许玉芬 毛一波\n", "海曙记者站 许玉芬", "许玉芬", "记者", "海曙记者站"),
    ("reporter-byline-second", "\n海曙记者站 许玉芬 毛一波\n", "毛一波", "毛一波", "记者", "海曙记者站"),
    ("reporter-agency", "\n新华社记者 张晓松\n", "新华社记者 张晓松", "张晓松", "记者", "新华社"),
    ("reporter-own-paper", "\n本报记者 张晓松\n", "张晓松", "张晓松", "记者", None),
    ("byline-two-roles-reporter", "\n本报记者 郑小红 通讯员 杨 帆\n", "郑小红", "郑小红", "记者", None),
    ("byline-two-roles-correspondent", "\n本报记者 郑小红 通讯员 杨 帆\n", "杨 帆", "杨帆", "通讯员", None),
    ("label-footer", "\n来源：湖南日报\n作者：姚学文\n编辑：闵美颖\n", "作者：姚学文", "姚学文", "作者", None),
    ("label-slash", "\n文/张 三\n", "文/张 三", "张三", "作者", None),
    # a label field among others on a line, set apart by wide spaces
    ("label-field-web", "\n时间：2016.10.28　　来源：县水利局　　作者：胡丽萍　　浏览次数：326\n", "作者：胡丽萍", "胡丽萍", "作者", None),
    ("label-field-last", "\n发布时间：2016-10-28  来源：县水利局  作者：胡丽萍\n", "作者：胡丽萍", "胡丽萍", "作者", None),
    # heldout4: 常务副X长, 总河长 and 驻村工作队队长 in role chains; 带队 ends a name
    ("executive-deputy-chain", "县委常委、常务副县长何明远带队开展遍访贫困户行动", "县委常委、常务副县长何明远", "何明远",
     "常委、常务副县长", "县委"),
    ("river-chief-chain", "市委常委、常务副市长、市级总河长周立新将于11月下旬带队", "市委常委、常务副市长、市级总河长周立新",
     "周立新", "常委、常务副市长、市级总河长", "市委"),
    ("work-team-leader", "县扶贫局驻杨家沟村第一书记、工作队队长张宏 伟带领群众发展核桃产业", "杨家沟村第一书记、工作队队长张宏 伟",
     "张宏伟", "第一书记、工作队队长", "杨家沟村"),  # round 11: the village (杨家沟/村, split) is the org
    ("discipline-and-supervision", "市纪委书记、市监委主任孙建华对整改情况开展专项监督", "市纪委书记、市监委主任孙建华", "孙建华",
     "市纪委书记、市监委主任", None),
    ("discipline-with-place", "抚顺市纪委副书记王强介绍", "抚顺市纪委副书记王强", "王强", "市纪委副书记", "抚顺市"),
    ("former-title", "该县民政局原局长张某某利用职务便利", "民政局原局长张某某", "张某某", "原局长", "民政局"),
    ("former-title-alone", "原局长张某某利用职务便利", "原局长张某某", "张某某", "原局长", None),
    ("village-secretary-chain", "村党支部书记、村委会主任王某某虚报冒领危房改造补助资金", "村党支部书记、村委会主任王某某", "王某某",
     "村党支部书记、村委会主任", None),
    ("village-secretary-named-village", "杨家沟村党支部书记杨德顺感慨地说", "杨家沟村党支部书记杨德顺", "杨德顺", "村党支部书记",
     "杨家沟村"),
    ("name-before-shuo", "驻村工作队长李明说，要加强产业带动", "驻村工作队长李明", "李明", "驻村工作队长", None),
    ("name-before-shuo-colon", "县长王芳说：", "县长王芳", "王芳", "县长", None),
    ("three-char-name-before-shuo", "县委书记赵建平说，", "县委书记赵建平", "赵建平", "县委书记", None),
    ("signer-beside-number", "\n江林政〔2016〕12号　　　　　　签发人：张建国\n", "签发人：张建国", "张建国", "签发人", None),
    # issue 14: foreign officials, transliterated names after or before a title
    ("foreign-state-title", "美国总统拜登当天表示，", "美国总统拜登", "拜登", "总统", "美国"),
    ("foreign-long-name", "哈萨克斯坦总统纳扎尔巴耶夫举行会谈", "哈萨克斯坦总统纳扎尔巴耶夫", "纳扎尔巴耶夫", "总统", "哈萨克斯坦"),
    ("foreign-dotted", "伊朗政府发言人阿里·拉比埃表示", "伊朗政府发言人阿里·拉比埃", "阿里·拉比埃", "发言人", "伊朗政府"),
    ("foreign-cut-at-word", "德国总理默克尔特别强调", "德国总理默克尔", "默克尔", "总理", "德国"),
    ("foreign-state-short", "分别向巴总统侯赛因致慰问电", "巴总统侯赛因", "侯赛因", "总统", "巴"),
    ("foreign-date-after", "丹麦首相弗雷泽里克森13日表示", "丹麦首相弗雷泽里克森", "弗雷泽里克森", "首相", "丹麦"),
    ("foreign-role-after-role", "联合国秘书长发言人迪雅里克24日说", "联合国秘书长发言人迪雅里克", "迪雅里克", "秘书长发言人", "联合国"),
    ("foreign-chain", "叙利亚政府代表团团长、叙常驻联合国代表贾法里说", "叙利亚政府代表团团长、叙常驻联合国代表贾法里", "贾法里",
     "团长、叙常驻联合国代表", "叙利亚政府代表团"),
    ("foreign-name-first", "习近平主席同卢拉总统举行会谈", "卢拉总统", "卢拉", "总统", None),
    ("foreign-name-first-dotted", "授予简·迪安·米勒教授等外国专家", "简·迪安·米勒教授", "简·迪安·米勒", "教授", None),
    ("foreign-after-preposition", "向普京总统致贺电", "普京总统", "普京", "总统", None),
    ("minority-name-dotted", "自治区主席 艾尔肯·吐尼亚孜\n", "自治区主席 艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜", "主席", "自治区"),
    ("modifier-in-title", "会见联合国常务副秘书长埃利亚松", "联合国常务副秘书长埃利亚松", "埃利亚松", "常务副秘书长", "联合国"),
    ("former-foreign", "中国国民党前主席洪秀柱专致贺函", "中国国民党前主席洪秀柱", "洪秀柱", "前主席", "中国国民党"),
    # academicians, professors, deputies and members after their names; academies before the title
    ("academician-name-first", "授予刘永坦院士、钱七虎院士国家最高科学技术奖", "刘永坦院士", "刘永坦", "院士", None),
    ("academician-academy", "中国工程院院士邬贺铨指出", "中国工程院院士邬贺铨", "邬贺铨", "院士", "中国工程院"),
    ("ministry-and-academy", "工业和信息化部副部长、中国科学院院士怀进鹏出席", "工业和信息化部副部长、中国科学院院士怀进鹏",
     "怀进鹏", "副部长、中国科学院院士", "工业和信息化部"),
    ("deputy-letter", "国办函〔2006〕69号\n\n邓明义代表：\n\n您提出的建议收悉", "邓明义代表", "邓明义", "代表", None),
    ("deputies-deng", "\n周桂英等代表：\n\n你们提出的建议收悉", "周桂英等代表", "周桂英", "代表", None),
    ("member-letter", "\n王超斌委员：\n\n您提出的提案收悉", "王超斌委员", "王超斌", "委员", None),
    ("state-president", "国家主席习近平签署主席令", "国家主席习近平", "习近平", "国家主席", None),
    ("chief-executive-traditional", "選出行政長官人選董建華", "行政長官人選董建華", "董建华", "行政长官人选", None),
    # three-character names the segmenter splits or glues
    ("name-split-by-segmenter", "法工委副主任郑淑娜则对热点作答", "法工委副主任郑淑娜", "郑淑娜", "副主任", "法工委"),
    ("rare-third-character", "国家统计局局长宁吉喆感受最深", "国家统计局局长宁吉喆", "宁吉喆", "局长", "国家统计局"),
    ("third-character-before-follower", "英语频道记者赵云飞在接受采访时说", "英语频道记者赵云飞", "赵云飞", "记者", "英语频道"),
    ("adverb-after-two-character-name", "国务院秘书长罗干将对此作专门说明", "国务院秘书长罗干", "罗干", "秘书长", "国务院"),
    ("surname-sui", "\n本台记者 隋笑梅：我现在就在受灾最严重的村子\n", "记者 隋笑梅", "隋笑梅", "记者", None),
    ("ministry-with-he", "工业和信息化部部长苗圩表示", "工业和信息化部部长苗圩", "苗圩", "部长", "工业和信息化部"),
    # one title over names joined by 、; bylines after a news lead
    ("shared-title-second", "全国人大常委会副委员长李建国、王晨、沈跃跃一起出席", "王晨", "王晨", "副委员长", "全国人大常委会"),
    ("shared-title-third", "全国人大常委会副委员长李建国、王晨、沈跃跃一起出席", "沈跃跃", "沈跃跃", "副委员长", "全国人大常委会"),
    ("dateline-reporters", "新华社北京3月5日电 记者张晓松、朱基钗\n", "朱基钗", "朱基钗", "记者", None),
    ("paren-reporters-glued", "新华社北京3月5日电（记者张三、李四）国务院总理", "李四", "李四", "记者", None),
    ("credit-after-role-word", "\n通讯员 王五 摄\n", "王五 摄", "王五", "摄影", None),
    ("credit-glued-to-role", "作政府工作报告。本报记者阮洋摄\n", "阮洋摄", "阮洋", "摄影", None),
    ("surname-split-from-name", "会议原则通过了报告稿。栗战书委员长主持闭幕会。", "栗战书委员长", "栗战书", "委员长", None),
    ("name-tagged-proper-noun", "科技部部长万钢在回答记者提问时表示", "科技部部长万钢", "万钢", "部长", "科技部"),
    ("foreign-name-common-piece", "欧洲央行行长拉加德23日在布鲁塞尔出席", "欧洲央行行长拉加德", "拉加德", "行长", "欧洲央行"),
    # appointments and removals (任免)
    ("appointment", "省人民政府决定：\n任命张晓明为江西省发展和改革委员会副主任；", "张晓明为江西省发展和改革委员会副主任", "张晓明",
     "副主任", "江西省发展和改革委员会"),
    ("removal", "免去李建国的江西省财政厅副厅长职务。", "李建国的江西省财政厅副厅长", "李建国", "副厅长", "江西省财政厅"),
    ("appointment-ren", "经研究，王红梅任南昌大学副校长。", "王红梅任南昌大学副校长", "王红梅", "副校长", "南昌大学"),
    ("removal-of-several-posts", "免去贺荣的最高人民法院副院长、审判员职务", "贺荣的最高人民法院副院长、审判员", "贺荣",
     "副院长、审判员", "最高人民法院"),
    # issue 14: 聘任, 选举 … 为; one appointee a line after 决定任命：; a name the segmenter reads with 为
    ("appointment-list", "决定任命：\n王红梅为江西省教育厅副厅长；\n李建国为江西省财政厅副厅长。", "李建国为江西省财政厅副厅长", "李建国",
     "副厅长", "江西省财政厅"),
    ("engaged-counsellor", "聘任李四为江西省人民政府参事", "李四为江西省人民政府参事", "李四", "参事", "江西省人民政府"),
    ("elected-name-before-wei", "选举张三为县人民政府县长", "张三为县人民政府县长", "张三", "县长", "人民政府"),
    ("name-ending-in-wei", "任命王大为为江西省教育厅副厅长", "王大为为江西省教育厅副厅长", "王大为", "副厅长", "江西省教育厅"),
    # roster lines: a name, wide spaces, the post
    ("roster-labelled", "\n组　长：韩　正　　国务院副总理\n", "韩　正　　国务院副总理", "韩正", "副总理", "国务院"),
    ("roster-continued", "\n副组长：丁学东　　国务院副秘书长\n\n　　　　李干杰　　生态环境部部长\n", "李干杰　　生态环境部部长",
     "李干杰", "部长", "生态环境部"),
    ("roster-chain", "\n成　员：马　敏　　教授、华中师范大学原党委书记\n", "马　敏　　教授、华中师范大学原党委书记", "马敏",
     "教授、华中师范大学原党委书记", None),
    # issue 14, real credits: a slash before 摄, role words written as labels, fields on one line,
    # reporters closed by 报道
    ("credit-slash", "\n图为村民在采摘茶叶。刘海洋/摄\n", "刘海洋/摄", "刘海洋", "摄影", None),
    ("credit-slash-spaced", "\n图为新建的村道。 刘海洋 ／ 摄\n", "刘海洋 ／ 摄", "刘海洋", "摄影", None),
    ("correspondent-label", "\n稿源：省消保委秘书处\n\n通讯员：章 雄\n", "通讯员：章 雄", "章雄", "通讯员", None),
    ("reporter-label-in-brackets", "本报讯（记者：孙晓玲）近日，全县召开会议", "记者：孙晓玲", "孙晓玲", "记者", None),
    ("text-and-photo-labels", "\n文/王立新 图/赵一鸣\n", "图/赵一鸣", "赵一鸣", "摄影", None),
    ("author-after-source", "\n来源：江西日报 作者：王立新\n", "作者：王立新", "王立新", "作者", None),
    ("reporter-then-correspondent-labels", "\n记者：王立新 通讯员：赵一鸣\n", "通讯员：赵一鸣", "赵一鸣", "通讯员", None),
    ("reporters-reported", "\n记者 王立新 赵一鸣 报道\n", "赵一鸣", "赵一鸣", "记者", None),
    ("photographer-label", "\n摄影：李华\n", "摄影：李华", "李华", "摄影", None),
    ("label-bar", "\n文｜王立新 摄影｜赵一鸣\n", "摄影｜赵一鸣", "赵一鸣", "摄影", None),
    ("traditional-reporters", "\n本報記者 張曉松 朱基釵\n", "朱基釵", "朱基钗", "记者", None),
    ("traditional-credit-slash", "\n圖為施工現場。張曉松/攝\n", "張曉松/攝", "张晓松", "摄影", None),
    # names spread by spaces, as portals print them; roles as labels of a working group's lines
    ("signer-spaced-name", "\n签发人：张  三\n", "签发人：张  三", "张三", "签发人", None),
    ("group-leader-label", "\n组  长：王  志  刚\n", "组  长：王  志  刚", "王志刚", "组长", None),
    ("deputy-leaders-label", "\n副组长：李  明、赵  强\n", "赵  强", "赵强", "副组长", None),
    ("reporters-spaced", "\n本报记者 张 三 李 四\n", "李 四", "李四", "记者", None),
    ("reporters-closing-a-lead", "12月3日，全省召开会议。本报记者 王立新 赵一鸣\n", "赵一鸣", "赵一鸣", "记者", None),
    ("reporter-after-paper", "任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿\n", "甘肃日报记者 盛学卿", "盛学卿", "记者", "甘肃日报"),
    ("transliterated-xiao", "BBC的电台主持人利兹·克尔肖。据报道", "电台主持人利兹·克尔肖", "利兹·克尔肖", "主持人", "电台"),
    ("intern-in-brackets", "本报讯（记者 王立新 实习生 赵一鸣）近日，全市召开会议", "赵一鸣", "赵一鸣", "实习生", None),
    ("text-and-photo-closer", "\n本报记者 王立新 文/图\n", "王立新", "王立新", "记者", None),
    ("dateline-reporters-spaced", "新华社北京3月5日电 记者王立新 赵一鸣\n", "赵一鸣", "赵一鸣", "记者", None),
    ("bullet-then-reporters", "\n□ 本报记者 王立新 赵一鸣\n", "赵一鸣", "赵一鸣", "记者", None),
    ("bullet-then-agency", "\n●新华社记者 王立新 赵一鸣\n", "赵一鸣", "赵一鸣", "记者", "新华社"),
    # names joined by 、 before a title that follows them
    ("members-listed-first", "\n邓乃扬、韩汝琦委员：\n\n你们提出的提案收悉", "邓乃扬", "邓乃扬", "委员", None),
    ("members-listed-last", "\n邓乃扬、韩汝琦委员：\n\n你们提出的提案收悉", "韩汝琦委员", "韩汝琦", "委员", None),
    # a concurrent post joined by 兼; roles of news captions
    ("concurrent-post", "国家发展改革委副主任兼国家统计局局长康义介绍", "国家发展改革委副主任兼国家统计局局长康义", "康义",
     "副主任兼国家统计局局长", "国家发展改革委"),
    ("party-group-member", "\n　　　　张德霖　　自然资源部党组成员\n", "张德霖　　自然资源部党组成员", "张德霖", "党组成员", "自然资源部"),
    ("caption-manager", "\n海尔欧洲市场经理 孙书宝：它既无漏电的风险\n", "海尔欧洲市场经理 孙书宝", "孙书宝", "经理", "海尔欧洲市场"),
    ("host", "英语频道主持人刘欣在接受采访时说", "英语频道主持人刘欣", "刘欣", "主持人", "英语频道"),
    ("chief-physician", "肾脏病科主任医师陈香美，", "肾脏病科主任医师陈香美", "陈香美", "主任医师", "肾脏病科"),
    ("police-officer", "派出所民警王刚赶到现场", "派出所民警王刚", "王刚", "民警", "派出所"),
    # name-first director; 第一 before a title
    ("director-name-first", "对于主火炬的呈现方式，张艺谋导演表示", "张艺谋导演", "张艺谋", "导演", None),
    ("political-instructor", "指导员徐华正带领着10名队员", "指导员徐华正", "徐华正", "指导员", None),
    ("first-deputy", "同俄罗斯第一副总理别洛乌索夫共同主持", "俄罗斯第一副总理别洛乌索夫", "别洛乌索夫", "第一副总理", "俄罗斯"),
    # members of a working group with their post in brackets
    ("bracketed-post", "\n组  长：王志刚（县委书记）\n", "王志刚（县委书记）", "王志刚", "县委书记", None),
    ("bracketed-post-shared", "\n副组长：李明、赵强（副县长）\n", "李明", "李明", "副县长", None),
    ("bracketed-post-org", "\n成员：张三（县发改局局长）、李四（县财政局局长）\n", "李四（县财政局局长）", "李四", "局长", "财政局"),
    # names: modern surnames outside the 百家姓, acting posts, ministries' and agencies' titles
    ("surname-gu", "全国政协副主席辜晓峰作主题发言", "全国政协副主席辜晓峰", "辜晓峰", "副主席", "全国政协"),
    ("surname-chen", "国务委员谌小琴在会上传达", "国务委员谌小琴", "谌小琴", "国务委员", None),
    ("surname-xin", "主任委员信春华作说明", "主任委员信春华", "信春华", "主任委员", None),
    ("surname-korean-piao", "韩国总统朴敏浩表示", "韩国总统朴敏浩", "朴敏浩", "总统", "韩国"),
    ("acting-mayor", "市委副书记、代市长张晓明主持会议", "市委副书记、代市长张晓明", "张晓明", "市委副书记、代市长", None),
    ("deputy-director-general", "外交部亚洲司副司长刘明远介绍", "外交部亚洲司副司长刘明远", "刘明远", "副司长", "外交部亚洲司"),
    ("administration-head", "海关总署署长俞建新出席", "海关总署署长俞建新", "俞建新", "署长", "海关总署"),
    ("chief-expert", "疾控中心首席专家吴明友表示", "疾控中心首席专家吴明友", "吴明友", "首席专家", "疾控中心"),
    # names the segmenter cuts: a given character glued to 说, a rare character before 的, a verb after a name
    ("third-char-glued-to-verb", "院长张晓明说，要加强管理", "院长张晓明", "张晓明", "院长", None),
    ("rare-char-before-possessive", "记者对市统计局局长何吉喆的专访", "市统计局局长何吉喆", "何吉喆", "局长", "市统计局"),
    ("verb-not-third-char", "副主任贾亮回到学院", "副主任贾亮", "贾亮", "副主任", None),
    ("adverb-not-third-char", "院长王刚再说明一下", "院长王刚", "王刚", "院长", None),
    # transliterated names: a one-character part after the dot, regnal numbers
    ("foreign-short-last-part", "财政部长雅各布·卢抵达北京", "财政部长雅各布·卢", "雅各布·卢", "财政部长", None),
    ("regnal-after-title", "英国国王查尔斯三世致辞", "英国国王查尔斯三世", "查尔斯三世", "国王", "英国"),
    ("regnal-before-title", "习近平同费利佩六世国王会谈", "费利佩六世国王", "费利佩六世", "国王", None),
    # the document names the person elsewhere without the adverb the segmenter read into the name
    ("adverb-read-into-name", "指导员张华正带领队员搜索。张华和队友们随即返回。", "指导员张华", "张华", "指导员", None),
    ("adverb-name-kept", "县长李建正主持会议。李建平和李建国出席。", "县长李建正", "李建正", "县长", None),
    # posts held then (时任…的), leaders, astronauts and squad leaders, appointments by 出任/当选为/接任
    ("post-held-then", "时任江北县委书记的王建国当时就要求", "江北县委书记的王建国", "王建国", "县委书记", "江北县"),
    ("post-held-now", "现任市长的张晓明说", "市长的张晓明", "张晓明", "市长", None),
    # round 11: a county the segmenter splits (贡山/县) is the org, never a name before 县长; famous names the
    # dictionary knows after a profession; 等 + a count of persons before a title placed after the names
    ("post-held-then-split-county", "但时任贡山县县长的高德荣，却不让", "贡山县县长的高德荣", "高德荣", "县长", "贡山县"),
    ("split-county-before-title", "贡山县县长高德荣说", "贡山县县长高德荣", "高德荣", "县长", "贡山县"),
    ("famous-name-after-profession", "“两弹一星”元勋、科学家钱学森的故事", "科学家钱学森", "钱学森", "科学家", None),
    ("counted-deputies", "出席座谈的有周桂英等15位代表。", "周桂英等15位代表", "周桂英", "代表", None),
    ("counted-members", "王刚等三名委员提出", "王刚等三名委员", "王刚", "委员", None),
    ("party-leader", "英国反对党工党领导人科尔宾下周将访问", "英国反对党工党领导人科尔宾", "科尔宾", "领导人", "英国反对党工党"),
    ("astronauts", "航天员陈东、刘中瑞驾乘飞船进入太空", "刘中瑞", "刘中瑞", "航天员", None),
    ("squad-leader", "党员班长余明入伍前", "党员班长余明", "余明", "党员班长", None),  # 党员 modifies the title, no org (census15 class 5)
    ("appointed-chuyin", "国会今天投票，李明浩出任韩国总理。", "李明浩出任韩国总理", "李明浩", "总理", "韩国"),
    ("elected-dangxuanwei", "会议选举产生新班子，王建国当选为县委书记。", "王建国当选为县委书记", "王建国", "县委书记", None),
    # Hong Kong married names, names the dictionary tags otherwise, vice-chairs after their name
    ("married-name", "香港特区行政长官林郑月娥表示", "香港特区行政长官林郑月娥", "林郑月娥", "行政长官", "香港特区"),
    ("married-name-traditional", "香港特區行政長官林鄭月娥表示", "香港特區行政長官林鄭月娥", "林郑月娥", "行政长官", "香港特区"),
    ("married-name-whole-word", "前立法会主席范徐丽泰出席", "立法会主席范徐丽泰", "范徐丽泰", "主席", "立法会"),
    ("dictionary-time-word-name", "國務院總理周恩來在會上作報告", "國務院總理周恩來", "周恩来", "总理", "国务院"),
    ("vice-chair-after-name", "反对周恩来总理和叶剑英副主席", "叶剑英副主席", "叶剑英", "副主席", None),
    # Japanese names: a family name of two characters (安倍, 岸田), Japanese ministers' titles
    ("japanese-name-dictionary", "日本首相安倍晋三、参众两院议长等出席", "日本首相安倍晋三", "安倍晋三", "首相", "日本"),
    ("japanese-name-followed", "日本首相岸田文雄表示", "日本首相岸田文雄", "岸田文雄", "首相", "日本"),
    ("japanese-foreign-minister", "日本外相上川阳子表示", "日本外相上川阳子", "上川阳子", "外相", "日本"),
    ("chinese-name-not-japanese", "县长田中华说，要加快建设", "县长田中华", "田中华", "县长", None),
    # a name opening its clause that the segmenter reads otherwise (钟南山 as a place, 屠/呦/呦), doctors
    ("name-read-as-place", "对此，钟南山院士表示", "钟南山院士", "钟南山", "院士", None),
    ("name-read-as-interjections", "屠呦呦教授获奖", "屠呦呦教授", "屠呦呦", "教授", None),
    ("doctor-after-name", "张文宏医生说，要做好防护", "张文宏医生", "张文宏", "医生", None),
    ("conjunction-then-state-before-title", "秘书长潘基文和美国国务卿克里共同发表声明", "美国国务卿克里", "克里", "国务卿", "美国"),
    # reporters named one after another with spaces in running text; an editor's credit stays out
    ("reporters-spaced-in-text", "近日，记者 张晓明 李建国 来到现场。", "李建国", "李建国", "记者", None),
    ("reporters-before-colon", "央视记者 张晓明 王芳：这里是武汉。", "王芳", "王芳", "记者", "央视"),
]


@pytest.mark.parametrize("sentence,surface,name,title,org", [p[1:] for p in PERSONS], ids=[p[0] for p in PERSONS])
def test_person(sentence, surface, name, title, org):
    facts = extract_facts(sentence, kinds=["person"])
    hit = [f for f in facts if f.text == surface]
    assert hit, facts
    assert (hit[0].name, hit[0].title, hit[0].org) == (name, title, org)
    assert sentence[hit[0].start:hit[0].end] == surface


NOT_PERSONS = [
    ("role-without-name", "区委书记带头帮扶，把"),
    ("role-then-verb", "区委书记带头写材料"),
    ("surname-like-verb", "市委書記任組長"),
    ("surname-like-conjunction", "市委書記和市委常委們帶頭授課"),
    ("role-then-preposition", "用总书记在兰考调研重要讲话精神统一思想"),
    ("comrade-is-no-role", "关于焦裕禄同志的报告文学"),
    ("persona", "听说老彭回来，彭书记又来了"),
    ("bare-name", "今年9月份，朱刚再一次以“老彭”身份回到丽园社区"),
    ("not-a-credit", "我们进行了拍摄"),
    ("bullet-item", "●严格落实责任\n"),
    ("ordinal-title-holder", "共选派192名基层党组织第一书记，"),
    ("editor-footer", "\n编辑：闵美颖\n"),
    ("editor-web", "\n【纠错】 责任编辑： 张舒\n"),
    ("label-inside-sentence", "\n本文作者：胡丽萍同志认为要加强管理。\n"),
    ("river-chief-without-name", "实现全市56条河流、18座水库河长全覆盖"),
    ("team-leader-without-name", "由工作队队长带队入户"),
    ("editor-field", "\n时间：2016.10.28　　编辑：胡丽萍　　浏览次数：326\n"),
    # issue 14 near misses: states and provinces beside a title, verbs and groups, forms of address
    ("state-before-title", "巴西总统表示，双方将加强合作"),
    ("state-tagged-as-name", "乌克兰总理8日说"),
    ("province-before-title", "吉林省长期坚持改革"),
    ("ordinary-word-after-title", "总理特别强调，要稳就业"),
    ("title-inside-word", "总统府发表声明"),
    ("delegate-as-verb", "刘小涛代表省人民政府向大会作报告"),
    ("delegates-as-group", "向学校师生代表介绍了工程成就"),
    ("address-form", "在毛主席英明领导下"),
    ("roster-without-post", "\n王晓晖　　男　　汉族\n"),
    ("title-split-by-word", "各项数据按照总统计口径核算"),
    ("adverb-after-member", "签名同意该决定的委员须承担相应责任"),
    ("conjunction-after-member", "评审委员和参与评审的专家"),
    ("word-tagged-as-name", "经大会执行主席许可，始得发言"),
    ("verb-tagged-as-name", "全省人民始终爱戴总书记"),
    ("name-cutting-a-word", "业主委员会委员有拒不履行职责的"),
    ("role-word-in-credit", "\n通讯员 摄\n"),
    ("roles-without-names", "由县长任组长，副县长任副组长。"),
    ("removal-without-name", "依法免去其职务"),
    # issue 14 near misses: a list member that is no name, a slash that is no credit, editors' credits
    ("list-member-not-a-name", "学习贯彻党中央、国务院领导同志的讲话"),
    ("slash-without-credit", "\n单位：万元/年\n"),
    ("editors-in-brackets", "\n（编辑：苏志刚 文字编辑：见红蕊）\n"),
    ("label-word-inside-word", "\n新闻记者：合法权益受法律保护\n"),
    ("concurrent-without-name", "由副县长兼任组长"),
    ("bracketed-post-of-a-body", "\n领导小组（组长单位）负责协调\n"),
    ("bracketed-role-of-a-verb", "召开会议（县委书记主持）"),
    ("doctor-as-degree", "攻读博士学位的学生"),
    # a degree after a name is no post (realgold11: 陈林博士 is no person)
    ("doctor-name-first", "从事阻燃材料研究的陈林博士和他的团队"),
    ("address-form-doctor", "大家都叫他林博士"),
    ("press-card", "\n新闻记者证\n"),
    ("photo-by-agency", "\n摄影：新华社\n"),
    ("word-before-wei", "，任务为组长；"),
    ("bracketed-role-inside-a-name", "由工会提名，经职工（代表）大会选举产生"),
    ("name-for-this", "会议认为，张三为此付出很多"),
    ("reporters-as-object", "会议强调，要尊重记者。\n"),
    ("role-label-without-name", "\n组长：由县长担任\n"),
    ("role-label-with-verb", "\n局长：同意\n"),
    ("contact-is-no-title", "\n联系人：王志刚\n"),
    ("press-meeting", "\n记者会见\n"),
    # names: a surname before a common verb, a surname before the verb 担任, 代表 as a noun before 的
    ("surname-then-verb", "实行帮扶特派员全覆盖"),
    ("once-held-post", "1990年起，曾担任县委书记、市长。"),
    ("delegates-possessive", "受委托的人数不得超过本方代表的三分之一"),
    ("regnal-century", "英国国王三世纪以来"),
    ("possessive-after-title", "学习总书记的讲话精神"),
    ("post-held-without-name", "时任县委书记的讲话"),
    ("counted-without-name", "来自各地的15位代表发言"),
    ("counted-persons-no-title", "张三等5人参加"),
    ("profession-then-common-word", "科学家精神代代相传"),
    ("leaders-as-group", "与会国家领导人出席"),
    ("squad-leader-without-name", "班长带领全班"),
    ("two-surnames-not-a-name", "林郑两家世代交好"),
    ("vice-chair-of-a-body", "全国政协副主席出席会议"),
    ("clause-words-before-title", "应当向主任会议报告"),
    ("verb-and-surname-before-title", "高举毛主席的伟大旗帜"),
    ("doctors-as-group", "医生告诉记者"),
    ("doctor-as-honour", "人民的好医生赵雪芳同志扎根山区"),
]


@pytest.mark.parametrize("sentence", [n[1] for n in NOT_PERSONS], ids=[n[0] for n in NOT_PERSONS])
def test_not_a_person(sentence):
    assert extract_facts(sentence, kinds=["person"]) == []


@pytest.mark.parametrize("run,org", [
    ("邀请吉林日报社", "吉林日报社"),
    ("中央", "中央"),
    ("组长由", ""),
    ("杨禹和省政协", "省政协"),
    ("工业和信息化部", "工业和信息化部"),
    ("国务院和省政府", "省政府"),
    ("会见联合国", "联合国"),
    ("时任俄罗斯", "俄罗斯"),
    ("哈萨克斯坦", "哈萨克斯坦"),
], ids=["verb-cut", "centre", "preposition", "conjunction", "fields-joined", "two-bodies", "meeting-verb",
        "state-after-word", "state-tagged-as-name"])
def test_split_org(run, org):
    assert split_org(run) == org


@pytest.mark.parametrize("word,ok", [
    ("胡玉华", True), ("邴正", True), ("欧阳修", True), ("彭", False), ("老彭", False), ("的确", False), ("殷殷", False),
    ("隋笑梅", True),
], ids=["three", "rare-surname", "compound-surname", "surname-only", "address", "no-surname", "reduplicated",
        "modern-surname"])
def test_is_name(word, ok):
    assert is_name(word) is ok


@pytest.mark.parametrize("text,name", [
    ("杨超以“学习践行", "杨超"), ("胡玉华不定时间", "胡玉华"), ("杨超访民情", "杨超"), ("任组长", None),
    ("郑淑娜则对", "郑淑娜"), ("赵云飞在接受", "赵云飞"), ("刘伟到北京", "刘伟"), ("王强称，", "王强"),
], ids=["preposition-after", "three-chars", "glued", "title-not-name", "given-name-tagged", "third-before-follower",
        "verb-after-two", "speech-verb-after-two"])
def test_name_after(text, name):
    assert name_after(text) == name


@pytest.mark.parametrize("text,name", [
    ("拜登表示", "拜登"), ("迪雅里克24日在", "迪雅里克"), ("默克尔特别强调", "默克尔"), ("阿里·拉比埃表示", "阿里·拉比埃"),
    ("特别强调", None), ("基金会", None), ("巴西", None), ("来华访问", None), ("府", None),
], ids=["plain", "digits-close", "word-cuts", "dotted", "adverb", "noun", "state", "verb", "one-char"])
def test_foreign_name_after(text, name):
    assert foreign_name_after(text) == name


@pytest.mark.parametrize("text,name", [
    ("习近平主席和卢拉", "卢拉"), ("同巴切莱特", "巴切莱特"), ("向普京", "普京"), ("会见巴西", None), ("俄罗斯", None),
], ids=["after-conjunction", "split-by-segmenter", "preposition-glued", "state", "state-tagged-place"])
def test_foreign_name_before(text, name):
    assert foreign_name_before(text) == name


@pytest.mark.parametrize("word,ok", [
    ("纳扎尔巴耶夫", True), ("简·迪安·米勒", True), ("美国", False), ("·拜登", False), ("拜", False), ("王芳", False),
], ids=["long", "dotted", "state", "leading-dot", "one-char", "chinese"])
def test_is_foreign_name(word, ok):
    assert is_foreign_name(word) is ok


def test_person_names_are_never_places():
    # a state or a province next to a title is its organization (or nothing), never the person
    for sentence in ("山西省长会议召开", "爱尔兰总理马丁表示", "乌克兰总理贡恰鲁克8日说"):
        for fact in extract_facts(sentence, kinds=["person"]):
            assert not is_place(fact.name), fact


def test_roster_names_stay_on_their_line():
    # a roster line's post belongs to the name on its line, not to the name on the next
    text = "\n副主任：陈宝生　　教育部部长\n\n　　　　王晓晖　　中央宣传部副部长\n"
    got = [(f.name, f.title, f.org) for f in extract_facts(text, kinds=["person"])]
    assert got == [("陈宝生", "部长", "教育部"), ("王晓晖", "副部长", "中央宣传部")]


def test_name_first_wins_over_a_word_after_the_title():
    got = [(f.text, f.name) for f in extract_facts("牢记习近平总书记殷殷嘱托", kinds=["person"])]
    assert got == [("习近平总书记", "习近平")]


def test_surnames_include_two_character_ones():
    names = set(load_words("surnames.txt"))
    assert {"欧阳", "司马", "诸葛", "邴", "习"} <= names
    assert (lexicon_dir() / "surnames.txt").is_file()


def test_corpus_persons_have_valid_names(seed):
    stem, raw = seed
    facts = extract_facts(raw, kinds=["person"])
    for fact in facts:
        assert raw[fact.start:fact.end] == fact.text
        assert is_person_name(fact.name)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["区委书记", "杨超", "、", "区长", "●", "白 雪", "摄", "\n", " ", "海曙记者站", "总书记", "习近平", "和"]),
                max_size=12).map("".join))
def test_persons_are_grounded(raw):
    for fact in extract_facts(raw, kinds=["person"]):
        assert raw[fact.start:fact.end] == fact.text


def test_a_byline_label_is_one_person():
    """``通讯员：章熊`` is read by the byline labels and the titled labels alike: one fact."""
    facts = extract_facts("\n稿源：省消保委秘书处\n\n通讯员：章熊\n", kinds=["person"])
    assert [(f.name, f.title) for f in facts] == [("章熊", "通讯员")]


# Round of issue 14 (persons2): the later parts of transliterated names, and posts outside the civil
# service (负责人, 干部, 专家 …) that name a person only when the segmenter reads a name after them.
FOREIGN_PARTS_AND_POSTS = [
    # (sentence, [(name, title)])
    ("英国媒体称，该台男记者拉塞尔·乔思林上月去世", [("拉塞尔·乔思林", "记者")]),  # 思: in no table, after a dot
    ("法国农业部长迪迪埃·纪尧姆14日表示", [("迪迪埃·纪尧姆", "农业部长")]),  # the portfolio joins the title (丹麦国防大臣)
    ("英国首相特蕾莎·梅希望尽快达成协议", [("特蕾莎·梅", "首相")]),  # one character after the dot
    ("南部军区司令塔勒-鲁索17日表示", [("塔勒-鲁索", "司令")]),  # a hyphen between two names
    ("外交部长拉夫罗夫-当天表示", [("拉夫罗夫", "外交部长")]),  # a hyphen and no name after it
    ("美国总统拜登·当天表示", [("拜登", "总统")]),  # a dot and no name after it
    ("会议在米兰-科尔蒂纳举行", []),  # places joined by a hyphen, no title
    ("民航组织负责人阿里·阿贝扎德表示", [("阿里·阿贝扎德", "负责人")]),
    ("救济工程处负责人拉扎里尼称", [("拉扎里尼", "负责人")]),
    ("独龙族干部高德荣的故事", [("高德荣", "干部")]),
    ("来自台湾的著名学者傅佩荣将为观众讲述", [("傅佩荣", "学者")]),
    ("总设计师王小明介绍，新型号", [("王小明", "总设计师")]),
    # appointments of a transliterated name; the link must stand alone after it (普京任命: 任 opens 任命)
    ("俄总统普京签署命令，任命米舒斯京为新一届联邦政府总理。", [("普京", "总统"), ("米舒斯京", "总理")]),
    ("普京任命米舒斯京为俄新一届政府总理", [("米舒斯京", "总理")]),
    # posts of an assistant (部长助理) and posts of experts; a name ending in 和 before a verb
    ("外交部部长助理华春莹表示", [("华春莹", "部长助理")]),
    ("县长助理陈东主持会议", [("陈东", "县长助理")]),
    ("联合国人权理事会特别报告员杜晗表示", [("杜晗", "特别报告员")]),
    ("中国气象局首席预报员张芳华介绍", [("张芳华", "首席预报员")]),
    ("中央军委委员、国防部长魏凤和出席", [("魏凤和", "委员、国防部长")]),
    ("副部长王凤和李明出席", [("王凤", "副部长")]),  # 和 joins two names: 王凤 alone
    # near misses: a surname opening a common word after the post word
    ("审查小组的专家应当从专家库内相关专业的专家名单中随机抽取", []),  # 库内: a word, not a name
    ("要让干部能干事、干成事", []),
    ("高级干部严于律己", []),
    ("项目区农民满意度达到95%", []),
    ("相关负责人表示，将加强监管", []),
    ("专家组组长由县长担任", []),
    ("干部群众表示满意", []),
    # a post word is no post one is appointed to; nor does it chain with a title after 、
    ("向所有作出重要贡献的建设者、志愿者致以敬意", []),
    # (an envoy: the posting abroad is part of the title, the sending state the org, as the dev gold writes 中国驻西班牙大使吕凡)
    ("马来西亚政府高级官员、中国驻马来西亚大使黄惠康到机场送行", [("黄惠康", "驻马来西亚大使")]),
    # standing is no role: old people, model workers and villagers are not persons of FACTS
    ("浦东新区的孙福龄老人每天会测量血压", []),
    ("西黄村村民刘珍珍前两天来到代办点", []),
]


@pytest.mark.parametrize("text,expected", FOREIGN_PARTS_AND_POSTS)
def test_foreign_name_parts_and_posts(text, expected):
    got = [(f.name, f.title) for f in extract_facts(text, kinds=["person"])]
    assert got == expected


@pytest.mark.parametrize("word,ok", [
    ("拉塞尔·乔思林", True), ("塔勒-鲁索", True), ("拜登·", False), ("·拜登", False), ("美国·拜登", False),
    ("乔思林", False),  # 思 is no transliteration character: only a later part may hold it
])
def test_is_foreign_name_with_later_parts(word, ok):
    assert is_foreign_name(word) is ok
