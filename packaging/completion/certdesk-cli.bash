# bash completion for certdesk-cli                                    -*- shell-script -*-
# Installed as share/bash-completion/completions/certdesk-cli, where bash-completion loads it on first use.
# Keep the commands and options in step with kCommands in app/cli/CliArguments.cpp.

# The IDs of the vault's entries, read with `certdesk-cli --json list`. Only an existing vault is asked: completing
# must never create one.
_certdesk_cli_ids()
{
    local program=$1 vault=$2
    if [[ -z $vault ]]; then
        vault=${CERTDESK_VAULT:-${XDG_DATA_HOME:-$HOME/.local/share}/certdesk}
    fi
    vault=${vault/#\~/$HOME}
    [[ -f $vault/vault.sqlite ]] || return 0
    "$program" --vault "$vault" --json list 2>/dev/null | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p'
}

_certdesk_cli()
{
    local cur prev words cword split
    _init_completion -s -n : || return

    local commands="request import list show export delete stores install uninstall remind check renew replace
        doctor policy help"
    local globals="--vault --passphrase-file --json --non-interactive --help --version"

    # Options that take a value (the next word, or after "=").
    local valued="--vault --passphrase-file --subject --san --profile --key-usage --eku --key-type --name --out
        --password-file --store-password-file --expiring --format --p12-profile --store --install --wait --snooze --snooze-days
        --mute --unmute --set-days --entry --identity --report --timeout --ca-file"
    # The command is the first word that is neither an option nor an option's value; count the arguments after it.
    local i command= vault= positional=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --vault) vault=${words[i + 1]} ;;
            --vault=*) vault=${words[i]#--vault=} ;;
        esac
        case ${words[i]} in
            --*=*) ;;
            -*) [[ " ${valued//$'\n'/ } " == *" ${words[i]} "* ]] && ((i++)) ;;
            *) if [[ -z $command ]]; then command=${words[i]}; else ((positional++)); fi ;;
        esac
    done

    # The value of an option.
    case $prev in
        --vault)
            _filedir -d
            return ;;
        --passphrase-file | --password-file | --store-password-file | --out | --report | --ca-file)
            _filedir
            return ;;
        --format)
            if [[ $command == list ]]; then
                COMPREPLY=($(compgen -W "text csv" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "pem der chain p12 ics" -- "$cur"))
            fi
            return ;;
        --p12-profile)
            COMPREPLY=($(compgen -W "modern compatible" -- "$cur"))
            return ;;
        --profile)
            COMPREPLY=($(compgen -W "client email server custom" -- "$cur"))
            return ;;
        --key-type)
            COMPREPLY=($(compgen -W "ec-p256 ec-p384 rsa-2048 rsa-3072 rsa-4096 ed25519" -- "$cur"))
            return ;;
        --san)
            COMPREPLY=($(compgen -W "dns: email: uri: ip: upn:" -- "$cur"))
            [[ ${COMPREPLY-} == *: ]] && compopt -o nospace 2>/dev/null
            __ltrim_colon_completions "$cur"
            return ;;
        --store | --install)
            # A comma-separated list: complete its last item.
            local done_part= item=$cur
            if [[ $cur == *,* ]]; then
                done_part=${cur%,*},
                item=${cur##*,}
            fi
            if [[ $item == nss:* ]]; then
                local dir
                while IFS= read -r dir; do
                    COMPREPLY+=("${done_part}nss:$dir")
                done < <(compgen -d -- "${item#nss:}")
                compopt -o nospace 2>/dev/null
            else
                local store
                for store in $(compgen -W "nss nss: firefox firefox: system pkcs11:" -- "$item"); do
                    COMPREPLY+=("$done_part$store")
                done
                [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *: ]] && compopt -o nospace 2>/dev/null
            fi
            __ltrim_colon_completions "$cur"
            return ;;
        --identity | --entry | --snooze | --mute | --unmute)
            COMPREPLY=($(compgen -W "$(_certdesk_cli_ids "${words[0]}" "$vault")" -- "$cur"))
            return ;;
        --subject | --name | --key-usage | --eku | --expiring | --wait | --snooze-days | --timeout | --set-days)
            return ;;
    esac
    $split && return

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$globals" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options=
    case $command in
        request) options="--subject --san --profile --key-usage --eku --key-type --name --out" ;;
        import) options="--password-file --name --keep-without-key --replace --install --store-password-file" ;;
        list) options="--pending --expiring --all-stores --format" ;;
        show) options="--password-file" ;;
        export) options="--format --p12-profile --password-file --with-key --out" ;;
        delete) options="--yes" ;;
        install | uninstall) options="--store --store-password-file" ;;
        remind) options="--notify --wait --no-stores --snooze --snooze-days --mute --unmute --set-days --entry" ;;
        renew) options="--key-type --out" ;;
        replace) options="--store-password-file" ;;
        doctor) options="--identity --report --timeout --ca-file" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $globals" -- "$cur"))
        return
    fi

    # Positional arguments.
    case $command in
        import)
            _filedir ;;
        show | install | uninstall)
            ((positional == 0)) || return
            _filedir
            COMPREPLY+=($(compgen -W "$(_certdesk_cli_ids "${words[0]}" "$vault")" -- "$cur")) ;;
        export | delete | renew | replace)
            ((positional == 0)) && COMPREPLY=($(compgen -W "$(_certdesk_cli_ids "${words[0]}" "$vault")" -- "$cur")) ;;
        help)
            ((positional == 0)) && COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    esac
} &&
    complete -F _certdesk_cli certdesk-cli

# ex: filetype=sh
